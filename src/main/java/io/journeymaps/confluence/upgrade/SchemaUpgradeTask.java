package io.journeymaps.confluence.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.journeymaps.confluence.ConfluenceAoDatabase;
import io.journeymaps.storage.upgrade.SchemaUpgrade;

/**
 * Runs one host-neutral {@link SchemaUpgrade} as an Active Objects upgrade task. Each model version
 * has its own subclass (Upgrade001..., Upgrade002...) because the {@code <ao>} module lists task
 * classes, which Active Objects creates itself and runs once per database while the stored model
 * version is older.
 */
public abstract class SchemaUpgradeTask implements ActiveObjectsUpgradeTask {
    private final SchemaUpgrade step;

    protected SchemaUpgradeTask(SchemaUpgrade step) {
        this.step = step;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(Integer.toString(step.modelVersion()));
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        step.apply(new ConfluenceAoDatabase(ao));
    }
}
