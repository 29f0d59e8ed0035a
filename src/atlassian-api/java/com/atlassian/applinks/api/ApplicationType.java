package com.atlassian.applinks.api;

/** Compile-only declaration (atlassian-api.md §6). */
public interface ApplicationType {
}
