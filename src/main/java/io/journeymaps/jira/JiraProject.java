package io.journeymaps.jira;

public record JiraProject(String id, String key, String name) {
}
