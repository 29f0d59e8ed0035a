package com.atlassian.applinks.api.application.jira;

import com.atlassian.applinks.api.ApplicationType;

/** Compile-only declaration (atlassian-api.md §6). */
public interface JiraApplicationType extends ApplicationType {
}
