package com.atlassian.sal.api.net;

/** Compile-only declaration (atlassian-api.md §6). */
public class ResponseException extends Exception {
    public ResponseException(String message) {
        super(message);
    }
}
