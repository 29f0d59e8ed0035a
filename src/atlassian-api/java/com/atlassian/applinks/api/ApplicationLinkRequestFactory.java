package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

/** Compile-only declaration (atlassian-api.md §6), only the method we call. */
public interface ApplicationLinkRequestFactory {
    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
