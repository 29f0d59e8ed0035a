package io.journeymaps.map.rest;

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
import io.journeymaps.map.MapService;
import io.journeymaps.map.json.MapJson;

/** {@code /pages/{pageId}/maps}: the maps a page owns, as summaries. */
@Named
@Path("/pages/{pageId}/maps")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class PageMapsResource {
    private final MapService maps;
    private final AccessGuard guard;

    @Inject
    public PageMapsResource(MapService maps, AccessGuard guard) {
        this.maps = maps;
        this.guard = guard;
    }

    @GET
    public Response list(@PathParam("pageId") long pageId) {
        return ApiResponses.run(() -> {
            guard.viewablePage(pageId);
            return ApiResponses.json(Response.Status.OK, MapJson.summaries(maps.mapsOfPage(pageId)));
        });
    }
}
