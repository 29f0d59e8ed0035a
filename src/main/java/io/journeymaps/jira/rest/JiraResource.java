package io.journeymaps.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.journeymaps.common.rest.ApiResponses;
import io.journeymaps.host.AccessGuard;
import io.journeymaps.jira.JiraService;

/** {@code /jira}: the Jira servers, their projects and issue types, for the create and link dialogs (signed-in users). */
@Named
@Path("/jira")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class JiraResource {
    private final JiraService jira;
    private final AccessGuard guard;

    @Inject
    public JiraResource(JiraService jira, AccessGuard guard) {
        this.jira = jira;
        this.guard = guard;
    }

    @GET
    @Path("servers")
    public Response servers() {
        return ApiResponses.run(() -> {
            guard.signedIn();
            return ApiResponses.json(Response.Status.OK, JiraJson.servers(jira.servers()));
        });
    }

    @GET
    @Path("servers/{serverId}/projects")
    public Response projects(@PathParam("serverId") String serverId) {
        return JiraResponses.run(() -> {
            guard.signedIn();
            return ApiResponses.json(Response.Status.OK, JiraJson.projects(jira.projects(serverId)));
        }, e -> jira.authorisationUrl(e, serverId, null));
    }

    @GET
    @Path("servers/{serverId}/projects/{projectKey}/issuetypes")
    public Response issueTypes(@PathParam("serverId") String serverId, @PathParam("projectKey") String projectKey) {
        return JiraResponses.run(() -> {
            guard.signedIn();
            return ApiResponses.json(Response.Status.OK, JiraJson.issueTypes(jira.issueTypes(serverId, projectKey)));
        }, e -> jira.authorisationUrl(e, serverId, null));
    }
}
