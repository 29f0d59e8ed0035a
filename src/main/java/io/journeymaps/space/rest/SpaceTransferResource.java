package io.journeymaps.space.rest;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.rest.ApiResponses;
import io.journeymaps.common.rest.RequestBodies;
import io.journeymaps.host.AccessGuard;
import io.journeymaps.host.UserRef;
import io.journeymaps.space.SpaceTransferService;
import io.journeymaps.space.json.ImportReportJson;

/**
 * Whole-space export and import of journey-map data: {@code GET /spaces/{key}/export} (a JSON file
 * download) and {@code POST /spaces/{key}/import?dryRun=true|false}. Space admins only: others who
 * see the space get 403, anonymous visitors 401, and whoever cannot see the space 404.
 */
@Named
@Path("/")   // as PersonaResource: a "/spaces" root would hide its /spaces/{key}/personas (no backtracking)
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class SpaceTransferResource {
    private final SpaceTransferService transfer;
    private final AccessGuard guard;

    @Inject
    public SpaceTransferResource(SpaceTransferService transfer, AccessGuard guard) {
        this.transfer = transfer;
        this.guard = guard;
    }

    @GET
    @Path("spaces/{spaceKey}/export")
    public Response export(@PathParam("spaceKey") String spaceKey) {
        return ApiResponses.run(() -> {
            UserRef admin = guard.requireSpaceAdmin(spaceKey);
            Response file = ApiResponses.json(Response.Status.OK, transfer.exportJson(spaceKey, admin));
            return Response.fromResponse(file)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName(spaceKey) + "\"")
                    .build();
        });
    }

    @POST
    @Path("spaces/{spaceKey}/import")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importFile(@PathParam("spaceKey") String spaceKey, @QueryParam("dryRun") String dryRun,
                               InputStream body) {
        return ApiResponses.run(() -> {
            UserRef admin = guard.requireSpaceAdmin(spaceKey);
            boolean dry = dryRun(dryRun);
            var file = RequestBodies.parse(body, SpaceTransferService.MAX_IMPORT_BYTES,
                    "must be at most " + SpaceTransferService.MAX_IMPORT_TEXT);
            return ApiResponses.json(Response.Status.OK,
                    ImportReportJson.toJson(transfer.importFile(spaceKey, file, dry, admin)));
        });
    }

    /** Absent means a dry run: writing needs an explicit {@code dryRun=false}. */
    private static boolean dryRun(String value) {
        if (value == null || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw new InvalidInputException("dryRun", "must be true or false");
    }

    /** journey-maps-KEY-2026-03-01.json; space keys are letters and digits, anything else is dropped. */
    static String fileName(String spaceKey) {
        String safe = spaceKey.replaceAll("[^A-Za-z0-9_-]", "");
        return "journey-maps-" + safe + "-" + LocalDate.now(ZoneOffset.UTC) + ".json";
    }
}
