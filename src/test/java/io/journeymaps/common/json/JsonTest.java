package io.journeymaps.common.json;

import static io.journeymaps.common.InvalidInputAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.journeymaps.common.FieldError;
import io.journeymaps.map.model.Severity;

class JsonTest {

    @Test
    void parse_readsObjects() {
        assertEquals(3, Json.parse("{\"a\": 3}").get("a").intValue());
    }

    @Test
    void malformedJson_isABodyErrorWithAShortReason() {
        FieldError e = assertInvalid("body", "malformed JSON", () -> Json.parse("{\"a\": "));
        assertFalse(e.reason().contains("\tat "), "no stack trace");
        assertFalse(e.reason().contains("com.fasterxml"), "no class names");
        assertInvalid("body", "line 1", () -> Json.parse("{\"a\" 1}"));
        assertInvalid("body", "the body is empty", () -> Json.parse("  "));
        assertInvalid("body", "the body is empty", () -> Json.parse(null));
        assertInvalid("body", "malformed JSON", () -> Json.parse("{} {}"));
        assertInvalid("body", "malformed JSON", () -> Json.parse("{\"a\":1,\"a\":2}"));
    }

    @Test
    void parseObject_refusesOtherValues() {
        assertInvalid("body", "must be a JSON object", () -> Json.parseObject("[1]"));
        assertInvalid("body", "must be a JSON object", () -> Json.parseObject("null"));
    }

    @Test
    void typedReaders_nameFieldAndReason() {
        JsonFields f = JsonFields.of(Json.parse("{\"s\":1,\"n\":\"x\",\"b\":\"true\",\"e\":\"HUGE\",\"d\":1.5,\"big\":9999999999,"
                + "\"o\":{\"x\":true},\"z\":null}"), "operations[2]");
        assertInvalid("operations[2].s", "must be a string", () -> f.requiredString("s"));
        assertInvalid("operations[2].n", "must be an integer", () -> f.requiredLong("n"));
        assertInvalid("operations[2].d", "must be an integer", () -> f.requiredInt("d"));
        assertInvalid("operations[2].big", "out of range", () -> f.requiredInt("big"));
        assertEquals(9999999999L, f.requiredLong("big"));
        assertInvalid("operations[2].b", "must be true or false", () -> f.requiredBoolean("b"));
        assertInvalid("operations[2].e", "must be one of LOW, MEDIUM, HIGH, CRITICAL", () -> f.requiredEnum("e", Severity.class));
        assertInvalid("operations[2].missing", "is required", () -> f.requiredString("missing"));
        assertInvalid("operations[2].z", "is required", () -> f.requiredString("z"));
        assertNull(f.optionalString("z"));
        assertNull(f.optionalLong("missing"));
        assertInvalid("operations[2].o.x", "must be a string", () -> f.requiredObject("o").requiredString("x"));
        assertInvalid("operations[2].s", "must be an object", () -> f.requiredObject("s"));
        assertInvalid("operations[2].s", "must be an array", () -> f.requiredArray("s"));
        assertInvalid("operations[2].e", "unknown field", () -> f.rejectUnknown(Set.of("s", "n", "b")));
        assertEquals(1.5, f.requiredDouble("d"));
    }

    @Test
    void hugeNumbers_areNotFinite() {
        JsonFields f = JsonFields.of(Json.parse("{\"d\": 1e999}"), "");
        assertInvalid("d", "finite", () -> f.requiredDouble("d"));
    }
}
