package io.journeymaps.testsupport.db;

import io.journeymaps.storage.Entities;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/**
 * Creates every table of the plugin for the Active Objects test runner. Each scenario class names a
 * subclass of its own in {@code @Data}: the runner rebuilds the schema when the updater class changes,
 * so one class's non-transactional tests leave no rows behind for the next.
 */
public abstract class PluginSchema implements DatabaseUpdater {
    @Override
    public void update(EntityManager em) throws Exception {
        em.migrate(Entities.all());
    }
}
