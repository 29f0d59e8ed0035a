package io.journeymaps.jira;

public record JiraIssueType(String id, String name, boolean subtask) {
}
