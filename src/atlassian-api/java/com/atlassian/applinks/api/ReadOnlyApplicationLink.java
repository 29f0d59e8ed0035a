package com.atlassian.applinks.api;

import java.net.URI;

/** Compile-only declaration (atlassian-api.md §6), only the methods we call. */
public interface ReadOnlyApplicationLink {
    ApplicationId getId();

    String getName();

    URI getDisplayUrl();

    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();
}
