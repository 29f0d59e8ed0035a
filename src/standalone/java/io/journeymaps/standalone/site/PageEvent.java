package io.journeymaps.standalone.site;

import io.journeymaps.host.UserRef;

/**
 * What the site tells listeners after a page action, as Confluence publishes its page events
 * (PageCopyEvent, PageTrashedEvent, PageRestoreEvent, PageRemoveEvent).
 */
public sealed interface PageEvent {
    long pageId();

    /** {@code pageId} is the new copy. */
    record Copied(long sourcePageId, long pageId, String spaceKey, UserRef initiator) implements PageEvent {
    }

    record Trashed(long pageId) implements PageEvent {
    }

    record Restored(long pageId) implements PageEvent {
    }

    /** Removed for good from the trash. */
    record Purged(long pageId) implements PageEvent {
    }
}
