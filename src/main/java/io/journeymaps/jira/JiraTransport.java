package io.journeymaps.jira;

/**
 * Sends one request to one Jira, authenticated the host's way (application link as the current
 * user, or a personal access token). Paths are relative to the Jira base URL, for example
 * {@code rest/api/2/issue}, with an already encoded query. Transport failures are
 * {@link JiraException}s (UNREACHABLE, or AUTH_REQUIRED with an authorisation URL); HTTP errors are
 * returned as responses for the gateway to classify.
 */
public interface JiraTransport {
    JiraHttpResponse send(String method, String path, String jsonBody);
}
