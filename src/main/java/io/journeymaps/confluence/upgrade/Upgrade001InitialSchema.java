package io.journeymaps.confluence.upgrade;

import io.journeymaps.storage.upgrade.InitialSchema;

/** Model version 1 for Confluence: runs the host-neutral {@link InitialSchema}. */
public class Upgrade001InitialSchema extends SchemaUpgradeTask {
    public Upgrade001InitialSchema() {
        super(new InitialSchema());
    }
}
