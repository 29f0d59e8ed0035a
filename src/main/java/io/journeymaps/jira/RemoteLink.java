package io.journeymaps.jira;

/**
 * A remote issue link from a Jira issue back to a page. {@code globalId} (at most 255 characters)
 * makes posting it again update the link instead of adding a second one.
 */
public record RemoteLink(String globalId, String url, String title, String summary, String relationship) {
    public static final int MAX_GLOBAL_ID = 255;
}
