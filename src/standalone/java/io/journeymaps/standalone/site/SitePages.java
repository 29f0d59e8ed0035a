package io.journeymaps.standalone.site;

import java.util.Optional;
import java.util.function.Supplier;

import io.journeymaps.host.PageRef;
import io.journeymaps.host.Pages;

/** The {@link Pages} port: current pages with their absolute URL on this host. */
public final class SitePages implements Pages {
    private final SiteStore store;
    private final Supplier<String> baseUrl;

    public SitePages(SiteStore store, Supplier<String> baseUrl) {
        this.store = store;
        this.baseUrl = baseUrl;
    }

    @Override
    public Optional<PageRef> find(long pageId) {
        return store.page(pageId).filter(SitePage::isCurrent).map(this::ref);
    }

    @Override
    public Optional<PageRef> findByTitle(String spaceKey, String title) {
        return store.currentPageByTitle(spaceKey, title).map(this::ref);
    }

    public PageRef ref(SitePage page) {
        return new PageRef(page.id(), page.spaceKey(), page.title(), baseUrl.get() + "/pages/" + page.id());
    }
}
