package io.journeymaps.standalone;

import java.util.Map;

import io.journeymaps.host.CurrentUser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A tiny JAX-RS resource to show what the plugin's resources see through the CurrentUser port. */
@Path("whoami")
@Produces(MediaType.APPLICATION_JSON)
public class WhoAmIResource {
    private final CurrentUser currentUser;

    public WhoAmIResource(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GET
    public Map<String, String> get() {
        return Map.of("key", currentUser.get().map(u -> u.key()).orElse("anonymous"));
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN})
    public Map<String, String> post(String body) {
        return get();
    }
}
