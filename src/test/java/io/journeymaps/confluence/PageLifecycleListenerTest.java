package io.journeymaps.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import com.atlassian.confluence.event.events.content.blogpost.BlogPostRemoveEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRestoreEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageCopyEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.user.UserKey;
import io.journeymaps.host.UserRef;
import io.journeymaps.lifecycle.PageLifecycle;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.junit.jupiter.api.Test;

class PageLifecycleListenerTest {
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final PageLifecycle lifecycle = mock(PageLifecycle.class);
    private final PageLifecycleListener listener = new PageLifecycleListener(publisher, lifecycle);

    private static Page page(long id, String spaceKey) {
        Page page = mock(Page.class);
        when(page.getId()).thenReturn(id);
        when(page.getSpaceKey()).thenReturn(spaceKey);
        return page;
    }

    @Test
    void registersWithTheEventPublisherOnStart_andUnregistersOnStop() throws Exception {
        listener.register();
        verify(publisher).register(listener);
        listener.unregister();
        verify(publisher).unregister(listener);

        assertTrue(PageLifecycleListener.class.getMethod("register").isAnnotationPresent(PostConstruct.class));
        assertTrue(PageLifecycleListener.class.getMethod("unregister").isAnnotationPresent(PreDestroy.class));
    }

    /** With CLASS retention the annotation would vanish at run time and Confluence would call no handler. */
    @Test
    void handlers_carryTheEventListenerAnnotationAtRunTime() {
        assertEquals(RetentionPolicy.RUNTIME, EventListener.class.getAnnotation(Retention.class).value());
        List<String> handlers = Arrays.stream(PageLifecycleListener.class.getMethods())
                .filter(m -> m.isAnnotationPresent(EventListener.class)).map(Method::getName).sorted().toList();
        assertEquals(List.of("onBlogPostRemoved", "onBlogPostRestored", "onBlogPostTrashed", "onPageCopied",
                "onPageRemoved", "onPageRestored", "onPageTrashed"), handlers);
    }

    @Test
    void pageCopy_forksFromTheOriginToTheDestination_asTheInitiator() {
        PageCopyEvent event = mock(PageCopyEvent.class);
        Page origin = page(10L, "SRC");
        Page copy = page(20L, "DST");
        when(event.getOrigin()).thenReturn(origin);
        when(event.getDestination()).thenReturn(copy);
        ConfluenceUser user = mock(ConfluenceUser.class);
        UserKey key = mock(UserKey.class);
        when(key.getStringValue()).thenReturn("8a7f0001");
        when(user.getKey()).thenReturn(key);
        when(user.getFullName()).thenReturn("Alice Example");
        when(event.getInitiator()).thenReturn(user);

        listener.onPageCopied(event);

        verify(lifecycle).pageCopied(10L, 20L, "DST", new UserRef("8a7f0001", "Alice Example"));
    }

    @Test
    void pageCopy_withoutInitiator_forksWithoutAuthor() {
        PageCopyEvent event = mock(PageCopyEvent.class);
        Page origin = page(10L, "SRC");
        Page copy = page(20L, "SRC");
        when(event.getOrigin()).thenReturn(origin);
        when(event.getDestination()).thenReturn(copy);

        listener.onPageCopied(event);

        verify(lifecycle).pageCopied(10L, 20L, "SRC", null);
    }

    @Test
    void pageCopy_withoutOrigin_doesNothing() {
        PageCopyEvent event = mock(PageCopyEvent.class);
        Page copy = page(20L, "SRC");
        when(event.getDestination()).thenReturn(copy);

        listener.onPageCopied(event);

        verifyNoInteractions(lifecycle);
    }

    @Test
    void pageTrashRestoreAndRemove_reachTheCore() {
        PageTrashedEvent trashed = mock(PageTrashedEvent.class);
        PageRestoreEvent restored = mock(PageRestoreEvent.class);
        PageRemoveEvent removed = mock(PageRemoveEvent.class);
        Page page = page(30L, "SRC");
        when(trashed.getPage()).thenReturn(page);
        when(restored.getPage()).thenReturn(page);
        when(removed.getPage()).thenReturn(page);

        listener.onPageTrashed(trashed);
        listener.onPageRestored(restored);
        listener.onPageRemoved(removed);

        verify(lifecycle).pageTrashed(30L);
        verify(lifecycle).pageRestored(30L);
        verify(lifecycle).pagePurged(30L);
    }

    @Test
    void blogPostTrashRestoreAndRemove_reachTheCore() {
        BlogPost post = mock(BlogPost.class);
        when(post.getId()).thenReturn(40L);
        BlogPostTrashedEvent trashed = mock(BlogPostTrashedEvent.class);
        BlogPostRestoreEvent restored = mock(BlogPostRestoreEvent.class);
        BlogPostRemoveEvent removed = mock(BlogPostRemoveEvent.class);
        when(trashed.getBlogPost()).thenReturn(post);
        when(restored.getBlogPost()).thenReturn(post);
        when(removed.getBlogPost()).thenReturn(post);

        listener.onBlogPostTrashed(trashed);
        listener.onBlogPostRestored(restored);
        listener.onBlogPostRemoved(removed);

        verify(lifecycle).pageTrashed(40L);
        verify(lifecycle).pageRestored(40L);
        verify(lifecycle).pagePurged(40L);
    }

    /** A failing fork must not fail the user's copy in Confluence; fork-on-render still covers the page. */
    @Test
    void aFailureInTheCore_isLogged_notThrownIntoConfluence() {
        when(lifecycle.pagePurged(anyLong())).thenThrow(new IllegalStateException("database down"));
        PageRemoveEvent removed = mock(PageRemoveEvent.class);
        Page page = page(50L, "SRC");
        when(removed.getPage()).thenReturn(page);

        listener.onPageRemoved(removed);

        verify(lifecycle).pagePurged(50L);
        verify(lifecycle, never()).pageCopied(anyLong(), anyLong(), any(), any());
    }
}
