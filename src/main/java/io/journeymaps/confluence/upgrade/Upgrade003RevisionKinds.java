package io.journeymaps.confluence.upgrade;

import io.journeymaps.storage.upgrade.RevisionKinds;

/** Model version 3 for Confluence: runs the host-neutral {@link RevisionKinds}. */
public class Upgrade003RevisionKinds extends SchemaUpgradeTask {
    public Upgrade003RevisionKinds() {
        super(new RevisionKinds());
    }
}
