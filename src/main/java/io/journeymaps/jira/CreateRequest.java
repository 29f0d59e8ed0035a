package io.journeymaps.jira;

/** "Create an issue": where, and the summary and description when the user changed the prefilled ones. */
public record CreateRequest(String serverId, String projectKey, String issueTypeId, String summary, String description) {
}
