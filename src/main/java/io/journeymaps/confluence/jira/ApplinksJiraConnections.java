package io.journeymaps.confluence.jira;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.ReadOnlyApplicationLink;
import com.atlassian.applinks.api.ReadOnlyApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.jira.JiraConnections;
import io.journeymaps.jira.JiraException;
import io.journeymaps.jira.JiraFault;
import io.journeymaps.jira.JiraHttpResponse;
import io.journeymaps.jira.JiraServer;
import io.journeymaps.jira.JiraTransport;

/**
 * The site's Jira application links; requests go out as the current user through the link's
 * authenticated request factory. A user who has not authorised the link yet gets AUTH_REQUIRED with
 * the link's authorisation URL. The application link id is the server id.
 */
@Named
public class ApplinksJiraConnections implements JiraConnections {
    private final ReadOnlyApplicationLinkService links;

    @Inject
    public ApplinksJiraConnections(ReadOnlyApplicationLinkService links) {
        this.links = links;
    }

    @Override
    public List<JiraServer> servers() {
        List<JiraServer> servers = new ArrayList<>();
        for (ReadOnlyApplicationLink link : links.getApplicationLinks(JiraApplicationType.class)) {
            URI display = link.getDisplayUrl();
            servers.add(new JiraServer(link.getId().toString(), link.getName(), display == null ? null : display.toString()));
        }
        return servers;
    }

    @Override
    public JiraTransport transport(String serverId) {
        ReadOnlyApplicationLink link = link(serverId);
        return (method, path, body) -> send(link, method, path, body);
    }

    @Override
    public Optional<String> authorisationUrl(String serverId, String returnUrl) {
        try {
            link(serverId).createAuthenticatedRequestFactory().createRequest(Request.MethodType.GET, "rest/api/2/myself");
            return Optional.empty();
        } catch (CredentialsRequiredException e) {
            URI uri = returnUrl == null ? e.getAuthorisationURI() : e.getAuthorisationURI(URI.create(returnUrl));
            return Optional.ofNullable(uri).map(URI::toString);
        }
    }

    private ReadOnlyApplicationLink link(String serverId) {
        List<ReadOnlyApplicationLink> all = new ArrayList<>();
        links.getApplicationLinks(JiraApplicationType.class).forEach(all::add);
        if (all.isEmpty()) {
            throw new JiraException(JiraFault.NOT_CONFIGURED, "Jira is not configured");
        }
        return all.stream().filter(l -> l.getId().toString().equals(serverId)).findFirst()
                .orElseThrow(() -> new JiraException(JiraFault.NOT_FOUND, "no Jira application link " + serverId));
    }

    static JiraHttpResponse send(ReadOnlyApplicationLink link, String method, String path, String body) {
        ApplicationLinkRequestFactory factory = link.createAuthenticatedRequestFactory();
        try {
            ApplicationLinkRequest request = factory.createRequest(Request.MethodType.valueOf(method), path);
            request.addHeader("Accept", "application/json");
            if (body != null) {
                request.addHeader("Content-Type", "application/json");
                request.setRequestBody(body);
            }
            return request.execute(new ApplicationLinkResponseHandler<JiraHttpResponse>() {
                @Override
                public JiraHttpResponse handle(Response response) throws ResponseException {
                    return new JiraHttpResponse(response.getStatusCode(), response.getResponseBodyAsString(), null);
                }

                @Override
                public JiraHttpResponse credentialsRequired(Response response) {
                    return new JiraHttpResponse(401, null, null);
                }
            });
        } catch (CredentialsRequiredException e) {
            URI uri = e.getAuthorisationURI();
            throw JiraException.authRequired("authorise the Jira application link first", uri == null ? null : uri.toString());
        } catch (ResponseException e) {
            // SAL does not tell a refused connection from a lost answer: treat it as uncertain.
            throw JiraException.unreachable("Jira could not be reached", true);
        }
    }
}
