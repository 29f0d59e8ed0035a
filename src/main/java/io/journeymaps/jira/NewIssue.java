package io.journeymaps.jira;

/** What {@code POST /rest/api/2/issue} gets: project key, issue type id, summary and description. */
public record NewIssue(String projectKey, String issueTypeId, String summary, String description) {
}
