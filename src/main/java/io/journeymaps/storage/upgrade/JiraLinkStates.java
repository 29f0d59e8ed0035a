package io.journeymaps.storage.upgrade;

import io.journeymaps.storage.AoDatabase;
import io.journeymaps.storage.Entities;

/**
 * Model version 2: JIRA_LINK gets LINK_STATE (null on old rows, read as OK) and JIRA_PENDING records
 * creates in flight. Only adds; migrating again is harmless.
 */
public final class JiraLinkStates implements SchemaUpgrade {
    @Override
    public int modelVersion() {
        return 2;
    }

    @Override
    public String description() {
        return "Add the Jira link state column and the pending Jira creates table";
    }

    @Override
    public void apply(AoDatabase db) {
        db.migrate(Entities.all());
    }
}
