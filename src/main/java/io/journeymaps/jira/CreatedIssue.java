package io.journeymaps.jira;

public record CreatedIssue(String id, String key, String self) {
}
