package io.journeymaps.jira;

/** A Jira answer as a transport hands it over: status, body, and the Retry-After header if any. */
public record JiraHttpResponse(int status, String body, String retryAfter) {
}
