package io.journeymaps.common.rest;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.journeymaps.common.FieldError;
import io.journeymaps.common.ForbiddenException;
import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.NotFoundException;
import io.journeymaps.common.SignInRequiredException;
import io.journeymaps.common.json.Json;
import io.journeymaps.map.ConcurrentMapUpdateException;

/**
 * Runs a resource method and turns the core's exceptions into typed JSON error bodies:
 * {@code {"status":400,"error":"invalid_input","message":…,"errors":[{"field":…,"reason":…}]}}.
 * Unexpected failures are logged and answered 500 without any detail: no response ever carries a
 * stack trace.
 */
public final class ApiResponses {
    private static final Logger LOG = Logger.getLogger(ApiResponses.class.getName());

    private ApiResponses() {
    }

    public static Response run(Supplier<Response> call) {
        try {
            return call.get();
        } catch (InvalidInputException e) {
            return invalid(e);
        } catch (NotFoundException e) {
            return error(Response.Status.NOT_FOUND, "not_found", e.getMessage());
        } catch (SignInRequiredException e) {
            return error(Response.Status.UNAUTHORIZED, "sign_in_required", e.getMessage());
        } catch (ForbiddenException e) {
            return error(Response.Status.FORBIDDEN, "forbidden", e.getMessage());
        } catch (ConcurrentMapUpdateException e) {
            // Others kept the map busy past our retries; nothing was stored, so the client can
            // simply send the same request again (a 500 would read as a server fault).
            Response busy = error(Response.Status.SERVICE_UNAVAILABLE, "busy",
                    "others are saving this map right now; nothing was stored, send the request again");
            return Response.fromResponse(busy).header("Retry-After", "1").build();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "journey maps REST call failed", e);
            return error(Response.Status.INTERNAL_SERVER_ERROR, "internal_error",
                    "the server could not complete the request; nothing was changed");
        }
    }

    public static Response json(Response.Status status, JsonNode body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.write(body)).build();
    }

    public static Response error(Response.Status status, String code, String message) {
        ObjectNode body = Json.object();
        body.put("status", status.getStatusCode());
        body.put("error", code);
        body.put("message", message);
        return json(status, body);
    }

    private static Response invalid(InvalidInputException e) {
        ObjectNode body = Json.object();
        body.put("status", 400);
        body.put("error", "invalid_input");
        body.put("message", e.getMessage());
        ArrayNode errors = body.putArray("errors");
        for (FieldError fe : e.errors()) {
            errors.addObject().put("field", fe.field()).put("reason", fe.reason());
        }
        return json(Response.Status.BAD_REQUEST, body);
    }
}
