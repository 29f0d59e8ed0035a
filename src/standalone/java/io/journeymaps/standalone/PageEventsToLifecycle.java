package io.journeymaps.standalone;

import java.util.function.Consumer;

import io.journeymaps.lifecycle.PageLifecycle;
import io.journeymaps.standalone.site.PageEvent;

/**
 * The plugin's listener to the standalone site's page events: the counterpart of
 * {@code confluence.PageLifecycleListener}, making the same calls into the core.
 */
final class PageEventsToLifecycle implements Consumer<PageEvent> {
    private final PageLifecycle lifecycle;

    PageEventsToLifecycle(PageLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void accept(PageEvent event) {
        if (event instanceof PageEvent.Copied c) {
            lifecycle.pageCopied(c.sourcePageId(), c.pageId(), c.spaceKey(), c.initiator());
        } else if (event instanceof PageEvent.Trashed t) {
            lifecycle.pageTrashed(t.pageId());
        } else if (event instanceof PageEvent.Restored r) {
            lifecycle.pageRestored(r.pageId());
        } else if (event instanceof PageEvent.Purged p) {
            lifecycle.pagePurged(p.pageId());
        }
    }
}
