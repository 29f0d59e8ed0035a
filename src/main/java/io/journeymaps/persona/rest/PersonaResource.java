package io.journeymaps.persona.rest;

import java.io.InputStream;
import java.net.URI;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.journeymaps.common.NotFoundException;
import io.journeymaps.common.rest.ApiResponses;
import io.journeymaps.common.rest.RequestBodies;
import io.journeymaps.host.AccessGuard;
import io.journeymaps.persona.PersonaService;
import io.journeymaps.persona.json.PersonaJson;
import io.journeymaps.persona.model.Persona;

/**
 * The space persona library: {@code /spaces/{key}/personas} and {@code /personas/{id}}. Reading
 * needs view-space, changing needs the right to create pages in the space; a persona of a space
 * the user cannot see is a 404.
 */
@Named
@Path("/")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class PersonaResource {
    private final PersonaService personas;
    private final AccessGuard guard;

    @Inject
    public PersonaResource(PersonaService personas, AccessGuard guard) {
        this.personas = personas;
        this.guard = guard;
    }

    @GET
    @Path("spaces/{spaceKey}/personas")
    public Response list(@PathParam("spaceKey") String spaceKey) {
        return ApiResponses.run(() -> {
            guard.requireViewableSpace(spaceKey);
            return ApiResponses.json(Response.Status.OK, PersonaJson.toJson(personas.list(spaceKey)));
        });
    }

    @POST
    @Path("spaces/{spaceKey}/personas")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("spaceKey") String spaceKey, InputStream body) {
        return ApiResponses.run(() -> {
            guard.requireEditableSpace(spaceKey);
            Persona created = personas.create(spaceKey, PersonaJson.parseDraft(RequestBodies.parse(body)));
            Response response = ApiResponses.json(Response.Status.CREATED, PersonaJson.toJson(created));
            return Response.fromResponse(response).location(URI.create("personas/" + created.id())).build();
        });
    }

    @GET
    @Path("personas/{personaId}")
    public Response get(@PathParam("personaId") long personaId) {
        return ApiResponses.run(() -> ApiResponses.json(Response.Status.OK, PersonaJson.toJson(viewable(personaId))));
    }

    @PUT
    @Path("personas/{personaId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("personaId") long personaId, InputStream body) {
        return ApiResponses.run(() -> {
            guard.requireEditableSpace(viewable(personaId).spaceKey());
            Persona updated = personas.update(personaId, PersonaJson.parseDraft(RequestBodies.parse(body)));
            return ApiResponses.json(Response.Status.OK, PersonaJson.toJson(updated));
        });
    }

    @DELETE
    @Path("personas/{personaId}")
    public Response delete(@PathParam("personaId") long personaId) {
        return ApiResponses.run(() -> {
            guard.requireEditableSpace(viewable(personaId).spaceKey());
            personas.delete(personaId);
            return Response.noContent().build();
        });
    }

    /** A missing persona and one of a hidden space answer alike, so ids reveal nothing. */
    private Persona viewable(long personaId) {
        try {
            Persona persona = personas.get(personaId);
            guard.requireViewableSpace(persona.spaceKey());
            return persona;
        } catch (NotFoundException hiddenOrMissing) {
            throw new NotFoundException("persona " + personaId + " not found");
        }
    }
}
