package io.journeymaps.history.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.NotFoundException;
import io.journeymaps.common.json.Json;
import io.journeymaps.common.rest.ApiResponses;
import io.journeymaps.history.HistoryService;
import io.journeymaps.history.HistoryService.Comparison;
import io.journeymaps.history.HistoryService.RevisionMap;
import io.journeymaps.map.MapService;
import io.journeymaps.map.json.MapJson;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.rest.MapAccess;

/**
 * {@code /maps/{mapId}/revisions} and {@code /maps/{mapId}/compare}: a map's history. Like the map
 * itself: viewers of the page read, editors of the page restore, and a map the caller may not see
 * answers 404 as if it did not exist.
 */
@Named
@Path("/maps")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class MapHistoryResource {
    private final HistoryService history;
    private final MapService maps;
    private final MapAccess access;

    @Inject
    public MapHistoryResource(HistoryService history, MapService maps, MapAccess access) {
        this.history = history;
        this.maps = maps;
        this.access = access;
    }

    @GET
    @Path("{mapId}/revisions")
    public Response list(@PathParam("mapId") long mapId) {
        return ApiResponses.run(() -> {
            access.viewableVersion(mapId);
            return ApiResponses.json(Response.Status.OK, HistoryJson.revisions(mapId, history.revisions(mapId)));
        });
    }

    @GET
    @Path("{mapId}/revisions/{version}")
    public Response get(@PathParam("mapId") long mapId, @PathParam("version") String version) {
        return ApiResponses.run(() -> {
            access.viewableVersion(mapId);
            Long v = number(version);
            RevisionMap found = (v == null ? java.util.Optional.<RevisionMap>empty() : history.revision(mapId, v))
                    .orElseThrow(() -> new NotFoundException("map " + mapId + " has no revision " + version));
            ObjectNode body = Json.object();
            body.set("revision", HistoryJson.revision(found.revision()));
            body.set("map", mapJson(found.map()));
            return ApiResponses.json(Response.Status.OK, body);
        });
    }

    @GET
    @Path("{mapId}/compare")
    public Response compare(@PathParam("mapId") long mapId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return ApiResponses.run(() -> {
            access.viewableVersion(mapId);
            Comparison c = history.compare(mapId, required("from", from), required("to", to));
            ObjectNode body = Json.object();
            body.set("from", HistoryJson.revision(c.from().revision()));
            body.set("to", HistoryJson.revision(c.to().revision()));
            body.set("stages", HistoryJson.changes(c.changes().stages()));
            body.set("steps", HistoryJson.changes(c.changes().steps()));
            body.set("lanes", HistoryJson.changes(c.changes().lanes()));
            body.set("cards", HistoryJson.changes(c.changes().cards()));
            body.set("fromMap", mapJson(c.from().map()));
            body.set("toMap", mapJson(c.to().map()));
            return ApiResponses.json(Response.Status.OK, body);
        });
    }

    @POST
    @Path("{mapId}/revisions/{version}/restore")
    public Response restore(@PathParam("mapId") long mapId, @PathParam("version") String version) {
        return ApiResponses.run(() -> {
            access.editable(mapId);
            Long v = number(version);
            if (v == null) {
                throw new InvalidInputException("version", "must be a version number");
            }
            RevisionMap restored = history.restore(mapId, v, access.guard().user());
            ObjectNode body = Json.object();
            body.put("version", restored.map().version());
            body.set("revision", HistoryJson.revision(restored.revision()));
            body.set("map", mapJson(restored.map()));
            return ApiResponses.json(Response.Status.OK, body);
        });
    }

    private ObjectNode mapJson(JourneyMap map) {
        return MapJson.toJson(map, maps.personasOf(map));
    }

    private static long required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        Long v = number(value);
        if (v == null) {
            throw new InvalidInputException(field, "must be a version number");
        }
        return v;
    }

    private static Long number(String value) {
        try {
            long v = Long.parseLong(value.strip());
            return v > 0 ? v : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
