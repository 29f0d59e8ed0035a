package io.journeymaps.storage.upgrade;

import io.journeymaps.storage.AoDatabase;

/**
 * One numbered step of the data model. Hosts run the upgrades newer than their recorded model
 * version, in order: Confluence through an ActiveObjectsUpgradeTask wrapper, the standalone host
 * itself. An upgrade must be safe to run again if it failed half way (it is retried).
 */
public interface SchemaUpgrade {
    int modelVersion();

    String description();

    void apply(AoDatabase db);
}
