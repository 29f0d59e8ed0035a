package io.journeymaps.jira;

/** A Jira the site can reach: an application link, or the Jira of the configured token. */
public record JiraServer(String id, String name, String url) {
}
