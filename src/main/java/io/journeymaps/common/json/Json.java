package io.journeymaps.common.json;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.journeymaps.common.InvalidInputException;

/**
 * The one shared, thread-safe ObjectMapper and the parsing every REST body goes through. Parse
 * errors become {@link InvalidInputException} on {@code body} with a short reason, never a stack trace.
 * Duplicate keys and trailing content are refused (they make a body ambiguous).
 */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final int MAX_REASON = 160;

    private Json() {
    }

    /** Any JSON value; a missing or blank body is an error. */
    public static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "malformed JSON: the body is empty");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", "malformed JSON: " + shortReason(e));
        }
    }

    /** A JSON object, read with field paths starting at the top level. */
    public static JsonFields parseObject(String body) {
        return JsonFields.of(parse(body), "");
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** A plain value (String, Number, Boolean, Enum, Map, List, null) as a JSON node. */
    public static JsonNode valueNode(Object value) {
        if (value == null) {
            return MAPPER.getNodeFactory().nullNode();
        }
        if (value instanceof Enum<?> e) {
            return MAPPER.getNodeFactory().textNode(e.name());
        }
        if (value instanceof Instant i) {
            return MAPPER.getNodeFactory().textNode(i.toString());
        }
        return MAPPER.valueToTree(value);
    }

    private static String shortReason(JsonProcessingException e) {
        String msg = e.getOriginalMessage() == null ? "cannot be read" : e.getOriginalMessage();
        int newline = msg.indexOf('\n');
        if (newline >= 0) {
            msg = msg.substring(0, newline);
        }
        if (msg.length() > MAX_REASON) {
            msg = msg.substring(0, MAX_REASON) + "…";
        }
        JsonLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            msg += " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        return msg;
    }
}
