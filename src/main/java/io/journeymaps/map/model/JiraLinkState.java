package io.journeymaps.map.model;

/**
 * What the map knows about a linked issue besides its cached fields: fine, still being created, or
 * the last fault Jira gave when it was refreshed. The cached fields stay as they were on any fault.
 */
public enum JiraLinkState {
    OK(null),
    PENDING("Creating the Jira issue — retry if it does not appear"),
    UNREACHABLE("Jira unreachable — retry"),
    NOT_FOUND("Issue no longer exists"),
    AUTH_REQUIRED("Authorise Jira"),
    RATE_LIMITED("Jira is busy — retry in a moment"),
    ERROR("Jira answered with an error — retry");

    private final String message;

    JiraLinkState(String message) {
        this.message = message;
    }

    /** What the card shows; null when all is well. */
    public String message() {
        return message;
    }
}
