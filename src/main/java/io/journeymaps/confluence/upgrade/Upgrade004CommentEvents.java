package io.journeymaps.confluence.upgrade;

import io.journeymaps.storage.upgrade.CommentEvents;

/** Model version 4 for Confluence: runs the host-neutral {@link CommentEvents}. */
public class Upgrade004CommentEvents extends SchemaUpgradeTask {
    public Upgrade004CommentEvents() {
        super(new CommentEvents());
    }
}
