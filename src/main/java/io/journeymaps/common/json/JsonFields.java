package io.journeymaps.common.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.journeymaps.common.InvalidInputException;

/**
 * Typed access to the fields of one JSON object, with errors that name the field path
 * ({@code operations[2].cardId}) and say why: missing, wrong type, unknown enum value (listing the
 * allowed ones), unknown field. "Optional" readers return null for an absent field or a JSON null.
 */
public final class JsonFields {
    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The object at {@code path} ("" for the body itself); anything else than an object is an error. */
    public static JsonFields of(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(path.isEmpty() ? "body" : path, "must be a JSON object");
        }
        return new JsonFields(node, path);
    }

    public String path() {
        return path;
    }

    public JsonNode node() {
        return node;
    }

    /** The path of a field of this object. */
    public String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public boolean has(String field) {
        return node.has(field);
    }

    public boolean isNull(String field) {
        return node.has(field) && node.get(field).isNull();
    }

    /** Field names in the order they appear. */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Refuses the first field not in {@code allowed}. */
    public void rejectUnknown(Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw error(f, "unknown field");
            }
        }
    }

    public InvalidInputException error(String field, String reason) {
        return new InvalidInputException(pathOf(field), reason);
    }

    public JsonNode required(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw error(field, "is required");
        }
        return v;
    }

    public String requiredString(String field) {
        return string(field, required(field));
    }

    public String optionalString(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : string(field, v);
    }

    public long requiredLong(String field) {
        return longValue(field, required(field));
    }

    public Long optionalLong(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : longValue(field, v);
    }

    public int requiredInt(String field) {
        return intValue(field, required(field));
    }

    public Integer optionalInt(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : intValue(field, v);
    }

    public double requiredDouble(String field) {
        return doubleValue(field, required(field));
    }

    public boolean requiredBoolean(String field) {
        return booleanValue(field, required(field));
    }

    public Boolean optionalBoolean(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : booleanValue(field, v);
    }

    public <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        return enumValue(field, required(field), type);
    }

    public <E extends Enum<E>> E optionalEnum(String field, Class<E> type) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : enumValue(field, v, type);
    }

    /** A nested object, read with its own path. */
    public JsonFields requiredObject(String field) {
        JsonNode v = required(field);
        if (!v.isObject()) {
            throw error(field, "must be an object");
        }
        return new JsonFields(v, pathOf(field));
    }

    /** The elements of an array field; the caller reads each with {@code pathOf(field) + "[" + i + "]"}. */
    public List<JsonNode> requiredArray(String field) {
        JsonNode v = required(field);
        if (!v.isArray()) {
            throw error(field, "must be an array");
        }
        List<JsonNode> items = new ArrayList<>();
        v.forEach(items::add);
        return items;
    }

    // The typed conversions below are public so that callers reading a dynamic field (such as a
    // card's "fields" object) give the same reasons.

    public String string(String field, JsonNode v) {
        if (!v.isTextual()) {
            throw error(field, "must be a string");
        }
        return v.textValue();
    }

    public long longValue(String field, JsonNode v) {
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw error(field, "must be an integer");
        }
        return v.longValue();
    }

    public int intValue(String field, JsonNode v) {
        if (!v.isIntegralNumber()) {
            throw error(field, "must be an integer");
        }
        if (!v.canConvertToInt()) {
            throw error(field, "is out of range");
        }
        return v.intValue();
    }

    public double doubleValue(String field, JsonNode v) {
        if (!v.isNumber()) {
            throw error(field, "must be a number");
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw error(field, "must be a finite number");
        }
        return d;
    }

    public boolean booleanValue(String field, JsonNode v) {
        if (!v.isBoolean()) {
            throw error(field, "must be true or false");
        }
        return v.booleanValue();
    }

    public <E extends Enum<E>> E enumValue(String field, JsonNode v, Class<E> type) {
        if (v.isTextual()) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v.textValue())) {
                    return e;
                }
            }
        }
        throw error(field, "must be one of " + allowed(type));
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        StringBuilder sb = new StringBuilder();
        for (Enum<?> e : type.getEnumConstants()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.name());
        }
        return sb.toString();
    }
}
