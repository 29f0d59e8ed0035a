package io.journeymaps.confluence.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.journeymaps.confluence.ConfluenceAoDatabase;
import io.journeymaps.storage.upgrade.CommentEvents;
import io.journeymaps.storage.upgrade.SchemaUpgrade;

/** Model version 4 for Confluence: runs the host-neutral {@link CommentEvents}. */
public class Upgrade004CommentEvents implements ActiveObjectsUpgradeTask {
    private final SchemaUpgrade step = new CommentEvents();

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(Integer.toString(step.modelVersion()));
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        step.apply(new ConfluenceAoDatabase(ao));
    }
}
