package io.journeymaps.jira;

import java.util.List;

/** The Jiras of the host and how to talk to each: the port the host adapters implement. */
public interface JiraConnections {
    /** Empty when no Jira is configured. */
    List<JiraServer> servers();

    /** A transport to that server; NOT_FOUND (or NOT_CONFIGURED) JiraException when there is none. */
    JiraTransport transport(String serverId);

    /**
     * Where to send the user to authorise this server, coming back to {@code returnUrl} afterwards;
     * empty when the host has no such dance (tokens) or the user needs none.
     */
    default java.util.Optional<String> authorisationUrl(String serverId, String returnUrl) {
        return java.util.Optional.empty();
    }
}
