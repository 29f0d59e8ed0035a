package io.journeymaps.map.json;

import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.journeymaps.common.json.Json;
import io.journeymaps.common.json.JsonFields;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.operation.CardFieldRules;

/** A card's {@code fields} object: wire names to typed values, JSON null meaning "clear". */
final class CardFieldJson {
    private CardFieldJson() {
    }

    /** Reads a fields object; unknown names and values of the wrong type are errors. Nulls are kept. */
    static Map<CardField, Object> parse(JsonFields fields) {
        Map<CardField, Object> values = new EnumMap<>(CardField.class);
        for (String name : fields.fieldNames()) {
            CardField field = CardField.byWireName(name).orElseThrow(() -> fields.error(name, "unknown field"));
            JsonNode v = fields.node().get(name);
            values.put(field, v.isNull() ? null : value(fields, name, field, v));
        }
        return values;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(JsonFields fields, String name, CardField field, JsonNode v) {
        Class<?> type = CardFieldRules.javaType(field);
        if (type == String.class) {
            return fields.string(name, v);
        }
        if (type == Boolean.class) {
            return fields.booleanValue(name, v);
        }
        if (type == Integer.class) {
            return fields.intValue(name, v);
        }
        if (type == Double.class) {
            return fields.doubleValue(name, v);
        }
        return fields.enumValue(name, v, (Class) type);
    }

    static ObjectNode write(Map<CardField, ?> values) {
        ObjectNode o = Json.object();
        values.forEach((f, v) -> o.set(f.wireName(), Json.valueNode(v)));
        return o;
    }
}
