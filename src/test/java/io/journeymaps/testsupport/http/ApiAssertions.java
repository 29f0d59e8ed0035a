package io.journeymaps.testsupport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Assertions on the API's typed error bodies. */
public final class ApiAssertions {
    private ApiAssertions() {
    }

    /** {@code {status, error, message}} with the given status and error code, and no stack trace. */
    public static JsonNode assertError(ApiResponse response, int status, String error) {
        assertEquals(status, response.status(), response::toString);
        assertNoStackTrace(response);
        assertTrue(response.header("Content-Type").orElse("").startsWith("application/json"), response::toString);
        JsonNode body = response.json();
        assertEquals(status, body.path("status").asInt(), response::toString);
        assertEquals(error, body.path("error").asText(), response::toString);
        assertFalse(body.path("message").asText().isBlank(), response::toString);
        return body;
    }

    /** A 400 whose field errors name exactly {@code field} first; returns the first reason. */
    public static String assertInvalid(ApiResponse response, String field) {
        JsonNode body = assertError(response, 400, "invalid_input");
        List<String> fields = fields(body);
        assertFalse(fields.isEmpty(), response::toString);
        assertEquals(field, fields.get(0), response::toString);
        String reason = body.get("errors").get(0).path("reason").asText();
        assertFalse(reason.isBlank(), response::toString);
        return reason;
    }

    public static List<String> fields(JsonNode errorBody) {
        List<String> fields = new ArrayList<>();
        errorBody.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    public static void assertNoStackTrace(ApiResponse response) {
        assertFalse(response.body().contains("Exception"), response::toString);
        assertFalse(response.body().contains("at io.journeymaps"), response::toString);
        assertFalse(response.body().contains("\tat "), response::toString);
    }
}
