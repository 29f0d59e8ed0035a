package io.journeymaps.confluence;

import java.util.Optional;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import io.journeymaps.host.PageRef;
import io.journeymaps.host.Pages;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Pages and blog posts from Confluence's PageManager. */
@Named
public class ConfluencePages implements Pages {
    private final PageManager pageManager;
    private final ConfluenceBaseUrl baseUrl;

    @Inject
    public ConfluencePages(PageManager pageManager, ConfluenceBaseUrl baseUrl) {
        this.pageManager = pageManager;
        this.baseUrl = baseUrl;
    }

    /** Empty for unknown ids, trashed pages, drafts and the ids of historical versions. */
    @Override
    public Optional<PageRef> find(long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        if (page == null || !page.isCurrent() || !page.isLatestVersion()) {
            return Optional.empty();
        }
        return Optional.of(new PageRef(pageId, page.getSpaceKey(), page.getTitle(), baseUrl.pageUrl(pageId)));
    }

    /** PageManager.getPage(spaceKey, title): the space's current page of that title (blog posts are not pages). */
    @Override
    public Optional<PageRef> findByTitle(String spaceKey, String title) {
        if (spaceKey == null || spaceKey.isBlank() || title == null || title.isBlank()) {
            return Optional.empty();
        }
        Page page = pageManager.getPage(spaceKey, title);
        if (page == null || !page.isCurrent()) {
            return Optional.empty();
        }
        long id = page.getId();
        return Optional.of(new PageRef(id, spaceKey, page.getTitle(), baseUrl.pageUrl(id)));
    }
}
