package io.journeymaps.jira.token;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import io.journeymaps.jira.JiraConnections;
import io.journeymaps.jira.JiraException;
import io.journeymaps.jira.JiraFault;
import io.journeymaps.jira.JiraServer;
import io.journeymaps.jira.JiraTransport;

/**
 * One Jira reached with a personal access token (standalone host, sites without application links).
 * Built by the host from its configuration; without a base URL it is "not configured" and lists no
 * server. The token goes only to that base URL and never into a log, a message or an answer.
 */
public final class TokenJiraConnections implements JiraConnections {
    /** The id of the one server, as the REST API names it. */
    public static final String SERVER_ID = "jira";
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final JiraServer server;
    private final JiraTransport transport;

    private TokenJiraConnections(JiraServer server, JiraTransport transport) {
        this.server = server;
        this.transport = transport;
    }

    /** A Jira at {@code baseUrl} (http or https) with the token; {@link #notConfigured()} when the URL is blank. */
    public static TokenJiraConnections of(String baseUrl, String token) {
        return of(baseUrl, token, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    public static TokenJiraConnections of(String baseUrl, String token, Duration connectTimeout, Duration requestTimeout) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return notConfigured();
        }
        URI base = URI.create(baseUrl.strip().endsWith("/") ? baseUrl.strip() : baseUrl.strip() + "/");
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
            throw new IllegalArgumentException("the Jira URL must be http or https");
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String name = base.getHost() == null ? "Jira" : "Jira (" + base.getHost() + ")";
        String url = base.toString().substring(0, base.toString().length() - 1);
        return new TokenJiraConnections(new JiraServer(SERVER_ID, name, url),
                new TokenTransport(client, base, token, requestTimeout));
    }

    public static TokenJiraConnections notConfigured() {
        return new TokenJiraConnections(null, null);
    }

    public boolean configured() {
        return server != null;
    }

    @Override
    public List<JiraServer> servers() {
        return server == null ? List.of() : List.of(server);
    }

    @Override
    public JiraTransport transport(String serverId) {
        if (server == null) {
            throw new JiraException(JiraFault.NOT_CONFIGURED, "Jira is not configured");
        }
        if (!SERVER_ID.equals(serverId)) {
            throw new JiraException(JiraFault.NOT_FOUND, "no Jira server " + serverId);
        }
        return transport;
    }

    @Override
    public String toString() {
        return "TokenJiraConnections[" + (server == null ? "not configured" : server.url()) + "]";
    }
}
