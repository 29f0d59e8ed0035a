package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.ResponseException;

/**
 * Compile-only declaration (atlassian-api.md §6). The real type is a SAL Request whose setters return
 * the request; callers here ignore those results, so the source compiles against both.
 */
public interface ApplicationLinkRequest {
    Object addHeader(String name, String value);

    Object setRequestBody(String body);

    <R> R execute(ApplicationLinkResponseHandler<R> handler) throws ResponseException;
}
