package com.atlassian.applinks.api;

/** Compile-only declaration (atlassian-api.md §6): only its toString() (the id) is used. */
public final class ApplicationId {
}
