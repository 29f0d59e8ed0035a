package io.journeymaps.confluence;

import com.atlassian.confluence.event.events.content.blogpost.BlogPostRemoveEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRestoreEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageCopyEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import io.journeymaps.host.UserRef;
import io.journeymaps.lifecycle.PageLifecycle;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluence's page and blog post events into {@link PageLifecycle}. Spring Scanner does not
 * register listeners, so the component registers itself with the EventPublisher once built and
 * unregisters when the plugin stops (atlassian-api.md §12). Delivery is synchronous: the handlers
 * only call the core. A failure is logged and never breaks the user's page action; a copy whose
 * maps were not forked here still gets them forked on first render.
 */
@Named
public class PageLifecycleListener {
    private static final Logger LOG = LoggerFactory.getLogger(PageLifecycleListener.class);

    private final EventPublisher eventPublisher;
    private final PageLifecycle lifecycle;

    @Inject
    public PageLifecycleListener(EventPublisher eventPublisher, PageLifecycle lifecycle) {
        this.eventPublisher = eventPublisher;
        this.lifecycle = lifecycle;
    }

    @PostConstruct
    public void register() {
        eventPublisher.register(this);
    }

    @PreDestroy
    public void unregister() {
        eventPublisher.unregister(this);
    }

    /** Page copy and space copy alike: the destination gets its own maps. */
    @EventListener
    public void onPageCopied(PageCopyEvent event) {
        Page origin = event.getOrigin();
        Page copy = event.getDestination() != null ? event.getDestination() : event.getPage();
        if (origin == null || copy == null) {
            return;
        }
        safely("copy of page " + origin.getId(), () -> lifecycle.pageCopied(origin.getId(), copy.getId(),
                copy.getSpaceKey(), user(event.getInitiator())));
    }

    @EventListener
    public void onPageTrashed(PageTrashedEvent event) {
        withId(event.getPage(), id -> lifecycle.pageTrashed(id), "trashing");
    }

    @EventListener
    public void onPageRestored(PageRestoreEvent event) {
        withId(event.getPage(), id -> lifecycle.pageRestored(id), "restoring");
    }

    @EventListener
    public void onPageRemoved(PageRemoveEvent event) {
        withId(event.getPage(), lifecycle::pagePurged, "purging");
    }

    @EventListener
    public void onBlogPostTrashed(BlogPostTrashedEvent event) {
        withId(event.getBlogPost(), id -> lifecycle.pageTrashed(id), "trashing");
    }

    @EventListener
    public void onBlogPostRestored(BlogPostRestoreEvent event) {
        withId(event.getBlogPost(), id -> lifecycle.pageRestored(id), "restoring");
    }

    @EventListener
    public void onBlogPostRemoved(BlogPostRemoveEvent event) {
        withId(event.getBlogPost(), lifecycle::pagePurged, "purging");
    }

    private void withId(AbstractPage content, java.util.function.LongConsumer action, String what) {
        if (content != null) {
            long id = content.getId();
            safely(what + " content " + id, () -> action.accept(id));
        }
    }

    private static void safely(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("Journey maps: {} failed; the content's maps were left as they were", what, e);
        }
    }

    private static UserRef user(ConfluenceUser user) {
        if (user == null || user.getKey() == null) {
            return null;
        }
        String key = ConfluenceCurrentUser.keyOf(user);
        String name = user.getFullName();
        return new UserRef(key, name == null || name.isBlank() ? key : name);
    }
}
