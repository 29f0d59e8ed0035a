package io.journeymaps.comment.rest;

import java.io.InputStream;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.journeymaps.comment.CommentService;
import io.journeymaps.comment.json.CommentJson;
import io.journeymaps.common.rest.ApiResponses;
import io.journeymaps.common.rest.RequestBodies;

/**
 * {@code /maps/{mapId}/comments}: list a map's threads, start one. Anonymous visitors pass the site
 * gate to read; {@link CommentService} decides (writes need a signed-in viewer of the page).
 */
@Named
@Path("/maps")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class MapCommentResource {
    private final CommentService comments;
    private final AuthorNameLookup names;

    @Inject
    public MapCommentResource(CommentService comments, AuthorNameLookup names) {
        this.comments = comments;
        this.names = names;
    }

    @GET
    @Path("{mapId}/comments")
    public Response list(@PathParam("mapId") long mapId) {
        return ApiResponses.run(() -> ApiResponses.json(Response.Status.OK,
                    CommentJson.toJson(comments.threads(mapId), names.forResponse())));
    }

    @POST
    @Path("{mapId}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startThread(@PathParam("mapId") long mapId, InputStream body) {
        return ApiResponses.run(() -> {
            CommentJson.NewThread request = CommentJson.parseNewThread(RequestBodies.parse(body));
            return ApiResponses.json(Response.Status.CREATED,
                    CommentJson.toJson(comments.startThread(mapId, request.anchor(), request.body()), names.forResponse()));
        });
    }
}
