package io.journeymaps.confluence.upgrade;

import io.journeymaps.storage.upgrade.JiraLinkStates;

/** Model version 2 for Confluence: runs the host-neutral {@link JiraLinkStates}. */
public class Upgrade002JiraLinkStates extends SchemaUpgradeTask {
    public Upgrade002JiraLinkStates() {
        super(new JiraLinkStates());
    }
}
