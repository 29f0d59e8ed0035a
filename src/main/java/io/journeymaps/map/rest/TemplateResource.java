package io.journeymaps.map.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.journeymaps.common.json.Json;
import io.journeymaps.common.rest.ApiResponses;
import io.journeymaps.host.AccessGuard;
import io.journeymaps.map.template.TemplateCatalog;
import io.journeymaps.map.template.TemplateInfo;

/** {@code /templates}: the built-in templates for the template chooser, in the requested language. */
@Named
@Path("/templates")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {
    private final TemplateCatalog templates;
    private final AccessGuard guard;

    @Inject
    public TemplateResource(TemplateCatalog templates, AccessGuard guard) {
        this.templates = templates;
        this.guard = guard;
    }

    @GET
    public Response list(@QueryParam("language") String language) {
        return ApiResponses.run(() -> {
            guard.signedIn();
            ArrayNode list = Json.array();
            for (TemplateInfo t : templates.list(language == null ? "en" : language)) {
                list.addObject().put("id", t.id()).put("language", t.language()).put("name", t.name())
                        .put("description", t.description()).put("journeyType", t.journeyType().name())
                        .put("stageCount", t.stageCount()).put("stepCount", t.stepCount())
                        .put("laneCount", t.laneCount());
            }
            return ApiResponses.json(Response.Status.OK, list);
        });
    }
}
