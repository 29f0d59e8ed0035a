package io.journeymaps.jira.rest;

import java.io.InputStream;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.journeymaps.common.json.Json;
import io.journeymaps.common.json.JsonFields;
import io.journeymaps.common.rest.ApiResponses;
import io.journeymaps.common.rest.RequestBodies;
import io.journeymaps.host.PageRef;
import io.journeymaps.jira.BulkCardResult;
import io.journeymaps.jira.CreateOutcome;
import io.journeymaps.jira.CreateRequest;
import io.journeymaps.jira.IssueDraft;
import io.journeymaps.jira.JiraService;
import io.journeymaps.jira.RefreshOutcome;
import io.journeymaps.map.MapService;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.rest.MapAccess;

/**
 * The Jira links of a map's cards: create, link, unlink, bulk create (edit page) and refresh the cached
 * statuses (view page). The map JSON of {@code GET /maps/{id}} carries the links with their state.
 */
@Named
@Path("/maps")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class MapJiraResource {
    private final JiraService jira;
    private final MapService maps;
    private final MapAccess access;

    @Inject
    public MapJiraResource(JiraService jira, MapService maps, MapAccess access) {
        this.jira = jira;
        this.maps = maps;
        this.access = access;
    }

    /** The prefilled summary and description of the create dialog. */
    @GET
    @Path("{mapId}/cards/{cardId}/jira-issue")
    public Response draft(@PathParam("mapId") long mapId, @PathParam("cardId") String cardId) {
        return ApiResponses.run(() -> {
            PageRef page = editablePage(mapId);
            IssueDraft draft = jira.draft(mapId, cardId, page);
            return ApiResponses.json(Response.Status.OK,
                    Json.object().put("summary", draft.summary()).put("description", draft.description()));
        });
    }

    @POST
    @Path("{mapId}/cards/{cardId}/jira-issue")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("mapId") long mapId, @PathParam("cardId") String cardId, InputStream body) {
        String[] serverId = new String[1];
        PageRef[] page = new PageRef[1];
        return JiraResponses.run(() -> {
            page[0] = editablePage(mapId);
            CreateRequest request = JiraJson.createRequest(RequestBodies.parse(body));
            serverId[0] = request.serverId();
            CreateOutcome outcome = jira.createIssue(mapId, cardId, request, page[0], access.guard().user());
            return ApiResponses.json(outcome.recovered() ? Response.Status.OK : Response.Status.CREATED,
                    JiraJson.created(outcome));
        }, e -> jira.authorisationUrl(e, serverId[0], page[0] == null ? null : page[0].url()));
    }

    @POST
    @Path("{mapId}/cards/{cardId}/jira-links")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response link(@PathParam("mapId") long mapId, @PathParam("cardId") String cardId, InputStream body) {
        String[] serverId = new String[1];
        PageRef[] page = new PageRef[1];
        return JiraResponses.run(() -> {
            page[0] = editablePage(mapId);
            JsonFields f = JsonFields.of(RequestBodies.parse(body), "");
            f.rejectUnknown(JiraJson.LINK_FIELDS);
            String issueKey = f.requiredString("issueKey");
            serverId[0] = serverOrOnly(f.optionalString("serverId"));
            CreateOutcome outcome = jira.linkIssue(mapId, cardId, serverId[0], issueKey, page[0], access.guard().user());
            return ApiResponses.json(Response.Status.OK, JiraJson.created(outcome));
        }, e -> jira.authorisationUrl(e, serverId[0], page[0] == null ? null : page[0].url()));
    }

    @DELETE
    @Path("{mapId}/cards/{cardId}/jira-links/{issueKey}")
    public Response unlink(@PathParam("mapId") long mapId, @PathParam("cardId") String cardId,
                           @PathParam("issueKey") String issueKey) {
        return ApiResponses.run(() -> {
            editablePage(mapId);
            JourneyMap map = jira.unlink(mapId, cardId, issueKey, access.guard().user());
            return ApiResponses.json(Response.Status.OK, Json.object().put("version", map.version()));
        });
    }

    @POST
    @Path("{mapId}/jira-issues")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response bulkCreate(@PathParam("mapId") long mapId, InputStream body) {
        String[] serverId = new String[1];
        PageRef[] page = new PageRef[1];
        return JiraResponses.run(() -> {
            page[0] = editablePage(mapId);
            JsonFields f = JsonFields.of(RequestBodies.parse(body), "");
            f.rejectUnknown(JiraJson.BULK_FIELDS);
            serverId[0] = f.requiredString("serverId");
            java.util.List<BulkCardResult> results = jira.bulkCreate(mapId, f.optionalString("stageId"), serverId[0],
                    f.requiredString("projectKey"), f.requiredString("issueTypeId"), page[0], access.guard().user());
            long version = maps.version(mapId).orElse(0L);
            return ApiResponses.json(Response.Status.OK, JiraJson.bulk(results, version));
        }, e -> jira.authorisationUrl(e, serverId[0], page[0] == null ? null : page[0].url()));
    }

    /** Refreshes statuses older than the maximum age ({@code force=true}: all); readers never wait for it. */
    @POST
    @Path("{mapId}/jira/refresh")
    public Response refresh(@PathParam("mapId") long mapId, @QueryParam("force") boolean force) {
        return JiraResponses.run(() -> {
            JourneyMap map = access.viewable(mapId);
            PageRef page = access.guard().viewablePage(map.header().pageId());
            RefreshOutcome outcome = jira.refresh(mapId, force, page.url(), access.guard().user());
            return ApiResponses.json(Response.Status.OK, JiraJson.refreshed(outcome));
        }, e -> null);
    }

    private PageRef editablePage(long mapId) {
        MapHeader header = access.editable(mapId);
        return access.guard().viewablePage(header.pageId());
    }

    /** The link dialog may leave the server out when the site has exactly one. */
    private String serverOrOnly(String serverId) {
        if (serverId != null) {
            return serverId;
        }
        var servers = jira.servers();
        return servers.size() == 1 ? servers.get(0).id() : null;
    }
}
