package io.journeymaps.common.rest;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.json.Json;
import io.journeymaps.map.model.Limits;

/** Reads a JSON request body within the documented size limit. */
public final class RequestBodies {
    private RequestBodies() {
    }

    public static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        // Cheap first: a String of more chars than the limit is certainly too many bytes.
        if (body.length() > Limits.REQUEST_BODY_BYTES
                || body.getBytes(StandardCharsets.UTF_8).length > Limits.REQUEST_BODY_BYTES) {
            throw new InvalidInputException("body", "must be at most 2 MB");
        }
        return Json.parse(body);
    }
}
