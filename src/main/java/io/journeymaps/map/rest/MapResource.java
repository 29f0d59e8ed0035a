package io.journeymaps.map.rest;

import java.io.InputStream;
import java.net.URI;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.journeymaps.comment.CommentService;
import io.journeymaps.common.json.Json;
import io.journeymaps.common.rest.ApiResponses;
import io.journeymaps.common.rest.RequestBodies;
import io.journeymaps.host.PageRef;
import io.journeymaps.lifecycle.MapPurge;
import io.journeymaps.map.BatchResult;
import io.journeymaps.map.MapService;
import io.journeymaps.map.json.BatchRequest;
import io.journeymaps.map.json.MapJson;
import io.journeymaps.map.json.NewMapRequest;
import io.journeymaps.map.model.JourneyMap;

/**
 * {@code /maps}: create, read, edit through operations, delete. Anonymous visitors pass the
 * site-level gate; the page permissions decide (view page to read, edit page to change).
 */
@Named
@Path("/maps")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class MapResource {
    private final MapService maps;
    private final MapAccess access;
    private final MapPurge purge;
    private final CommentService comments;

    @Inject
    public MapResource(MapService maps, MapAccess access, MapPurge purge, CommentService comments) {
        this.maps = maps;
        this.access = access;
        this.purge = purge;
        this.comments = comments;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body) {
        return ApiResponses.run(() -> {
            NewMapRequest request = MapJson.parseNewMap(RequestBodies.parse(body));
            PageRef page = access.guard().editablePage(request.pageId());
            JourneyMap map = maps.createMap(request.toCommand(page.spaceKey()), access.guard().user());
            Response created = ApiResponses.json(Response.Status.CREATED, MapJson.toJson(map, maps.personasOf(map)));
            return Response.fromResponse(created).location(URI.create("maps/" + map.id()))
                    .tag(versionTag(map)).build();
        });
    }

    @GET
    @Path("{mapId}")
    public Response get(@PathParam("mapId") long mapId, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return ApiResponses.run(() -> {
            JourneyMap map = access.viewable(mapId);
            EntityTag tag = versionTag(map);
            if (matches(ifNoneMatch, tag)) {
                return Response.notModified(tag).build();
            }
            Response ok = ApiResponses.json(Response.Status.OK, MapJson.toJson(map, maps.personasOf(map)));
            return Response.fromResponse(ok).tag(tag).build();
        });
    }

    /**
     * The current version alone: what the editor polls to learn that others changed the map.
     * {@code comments} is an opaque stamp that changes whenever the map's comments change.
     */
    @GET
    @Path("{mapId}/version")
    public Response version(@PathParam("mapId") long mapId) {
        return ApiResponses.run(() -> {
            long version = access.viewableVersion(mapId);
            return ApiResponses.json(Response.Status.OK, Json.object().put("id", mapId).put("version", version)
                    .put("comments", Long.toString(comments.changeStamp(mapId))));
        });
    }

    @POST
    @Path("{mapId}/operations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response applyOperations(@PathParam("mapId") long mapId, InputStream body) {
        return ApiResponses.run(() -> {
            access.editable(mapId);
            BatchRequest batch = MapJson.parseBatch(RequestBodies.parse(body));
            BatchResult result = maps.applyBatch(mapId, batch.baseVersion(), batch.operations(), access.guard().user());
            Response.Status status = result instanceof BatchResult.Conflicted
                    ? Response.Status.CONFLICT : Response.Status.OK;
            return ApiResponses.json(status, MapJson.batchResult(result));
        });
    }

    @DELETE
    @Path("{mapId}")
    public Response delete(@PathParam("mapId") long mapId) {
        return ApiResponses.run(() -> {
            access.editable(mapId);
            // The map goes for good with its comments, revisions and Jira state: the same path as a purged page.
            purge.purge(mapId);
            return Response.noContent().build();
        });
    }

    /** If-None-Match may list several tags (weak or strong, quoted or not) or be "*". */
    static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.strip();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1);
            }
            if (t.equals(tag.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static EntityTag versionTag(JourneyMap map) {
        return new EntityTag(Long.toString(map.version()));
    }
}
