package io.journeymaps.confluence.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.journeymaps.storage.Entities;

/**
 * Model version 1: creates every table. Listed in the {@code <ao>} module; Active Objects creates the
 * task itself and runs it once per database while the stored model version is older. Later schema
 * changes come as Upgrade002..., never by editing this one.
 */
public class Upgrade001InitialSchema implements ActiveObjectsUpgradeTask {
    static final String MODEL_VERSION = "1";

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(MODEL_VERSION);
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(Entities.all());
    }
}
