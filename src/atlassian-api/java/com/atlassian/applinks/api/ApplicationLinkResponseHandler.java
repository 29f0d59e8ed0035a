package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

/** Compile-only declaration (atlassian-api.md §6). */
public interface ApplicationLinkResponseHandler<R> {
    R handle(Response response) throws ResponseException;

    R credentialsRequired(Response response) throws ResponseException;
}
