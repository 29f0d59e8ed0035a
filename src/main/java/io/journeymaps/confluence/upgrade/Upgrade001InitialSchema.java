package io.journeymaps.confluence.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.journeymaps.confluence.ConfluenceAoDatabase;
import io.journeymaps.storage.upgrade.InitialSchema;
import io.journeymaps.storage.upgrade.SchemaUpgrade;

/**
 * Model version 1 for Confluence: runs the host-neutral {@link InitialSchema}. Listed in the
 * {@code <ao>} module; Active Objects creates the task itself and runs it once per database while
 * the stored model version is older. Later schema changes come as Upgrade002..., each wrapping
 * the next {@link SchemaUpgrade}.
 */
public class Upgrade001InitialSchema implements ActiveObjectsUpgradeTask {
    private final SchemaUpgrade step = new InitialSchema();

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(Integer.toString(step.modelVersion()));
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        step.apply(new ConfluenceAoDatabase(ao));
    }
}
