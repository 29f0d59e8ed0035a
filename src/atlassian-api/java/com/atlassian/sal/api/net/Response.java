package com.atlassian.sal.api.net;

/** Compile-only declaration (atlassian-api.md §6), only the methods we call. */
public interface Response {
    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;
}
