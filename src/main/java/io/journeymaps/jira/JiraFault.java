package io.journeymaps.jira;

import io.journeymaps.map.model.JiraLinkState;

/** How a call to Jira failed. */
public enum JiraFault {
    /** Connection refused, reset or timed out. */
    UNREACHABLE(JiraLinkState.UNREACHABLE),
    /** Jira answered 5xx. */
    SERVER_ERROR(JiraLinkState.ERROR),
    /** 401/403: the user has to authorise (application link) or the token lacks the right. */
    AUTH_REQUIRED(JiraLinkState.AUTH_REQUIRED),
    /** 404: the issue was deleted or moved out of sight, or the project or server is unknown. */
    NOT_FOUND(JiraLinkState.NOT_FOUND),
    /** 429: too many requests; try again after {@link JiraException#retryAfterSeconds()}. */
    RATE_LIMITED(JiraLinkState.RATE_LIMITED),
    /** A body we cannot read. */
    MALFORMED(JiraLinkState.ERROR),
    /** 400: Jira refused the input, with its reasons as field errors. */
    BAD_REQUEST(JiraLinkState.ERROR),
    /** No Jira is configured on this site. */
    NOT_CONFIGURED(JiraLinkState.UNREACHABLE);

    private final JiraLinkState linkState;

    JiraFault(JiraLinkState linkState) {
        this.linkState = linkState;
    }

    /** What a card linked to an issue shows after this fault. */
    public JiraLinkState linkState() {
        return linkState;
    }
}
