package io.journeymaps.jira;

import io.journeymaps.map.model.StatusCategory;

/** The fields of an issue the map shows. */
public record JiraIssue(String key, String summary, String statusName, StatusCategory statusCategory, String assignee) {
}
