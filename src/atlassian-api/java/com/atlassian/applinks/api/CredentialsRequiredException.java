package com.atlassian.applinks.api;

import java.net.URI;

/** Compile-only declaration (atlassian-api.md §6). */
public class CredentialsRequiredException extends Exception {
    public URI getAuthorisationURI() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public URI getAuthorisationURI(URI callback) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
