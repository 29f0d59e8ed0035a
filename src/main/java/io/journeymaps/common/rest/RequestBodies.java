package io.journeymaps.common.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.json.Json;
import io.journeymaps.map.model.Limits;

/** Reads a JSON request body within the documented size limit. */
public final class RequestBodies {
    private static final String TOO_LARGE = "must be at most 2 MB";

    private RequestBodies() {
    }

    /**
     * Reads at most one byte more than the limit, so an oversized body is refused without being
     * held in memory whole; JSON is UTF-8 (RFC 8259), anything else is refused.
     */
    public static JsonNode parse(InputStream body) {
        return parse(body, Limits.REQUEST_BODY_BYTES, TOO_LARGE);
    }

    /** Like {@link #parse(InputStream)} with another size limit (space import files are larger). */
    public static JsonNode parse(InputStream body, int maxBytes, String tooLargeReason) {
        if (body == null) {
            return parse((String) null);
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new InvalidInputException("body", "could not be read");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException("body", tooLargeReason);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "must be UTF-8");
        }
        if (text.isBlank()) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        return Json.parse(text);
    }

    public static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        // Cheap first: a String of more chars than the limit is certainly too many bytes.
        if (body.length() > Limits.REQUEST_BODY_BYTES
                || body.getBytes(StandardCharsets.UTF_8).length > Limits.REQUEST_BODY_BYTES) {
            throw new InvalidInputException("body", TOO_LARGE);
        }
        return Json.parse(body);
    }
}
