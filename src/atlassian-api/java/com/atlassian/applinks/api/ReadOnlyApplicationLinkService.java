package com.atlassian.applinks.api;

/** Compile-only declaration (atlassian-api.md §6), only the method we call. */
public interface ReadOnlyApplicationLinkService {
    Iterable<ReadOnlyApplicationLink> getApplicationLinks(Class<? extends ApplicationType> type);
}
