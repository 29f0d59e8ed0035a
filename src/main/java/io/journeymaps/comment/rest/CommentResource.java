package io.journeymaps.comment.rest;

import java.io.InputStream;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * {@code /comments/{commentId}…}: reply, edit, delete, resolve, reopen. {@link CommentService} decides
 * who may (a signed-in viewer of the page; anonymous visitors get 401).
 */
@Named
@Path("/comments")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class CommentResource {
    private final CommentService comments;
    private final AuthorNameLookup names;

    @Inject
    public CommentResource(CommentService comments, AuthorNameLookup names) {
        this.comments = comments;
        this.names = names;
    }

    @POST
    @Path("{commentId}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reply(@PathParam("commentId") long commentId, InputStream body) {
        return ApiResponses.run(() -> {
            String text = CommentJson.parseBody(RequestBodies.parse(body));
            return ApiResponses.json(Response.Status.CREATED,
                    CommentJson.toJson(comments.reply(commentId, text), names.forResponse()));
        });
    }

    @PUT
    @Path("{commentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("commentId") long commentId, InputStream body) {
        return ApiResponses.run(() -> {
            String text = CommentJson.parseBody(RequestBodies.parse(body));
            return ApiResponses.json(Response.Status.OK,
                    CommentJson.toJson(comments.edit(commentId, text), names.forResponse()));
        });
    }

    @DELETE
    @Path("{commentId}")
    public Response delete(@PathParam("commentId") long commentId) {
        return ApiResponses.run(() -> {
            comments.delete(commentId);
            return Response.noContent().build();
        });
    }

    @POST
    @Path("{commentId}/resolve")
    public Response resolve(@PathParam("commentId") long commentId) {
        return ApiResponses.run(() -> ApiResponses.json(Response.Status.OK,
                    CommentJson.toJson(comments.resolve(commentId), names.forResponse())));
    }

    @POST
    @Path("{commentId}/reopen")
    public Response reopen(@PathParam("commentId") long commentId) {
        return ApiResponses.run(() -> ApiResponses.json(Response.Status.OK,
                    CommentJson.toJson(comments.reopen(commentId), names.forResponse())));
    }
}
