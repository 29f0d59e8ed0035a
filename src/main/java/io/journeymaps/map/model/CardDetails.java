package io.journeymaps.map.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of a card, by {@link CardField}. Values are typed: String for text fields, the
 * field's enum for enum fields, Integer for scores and counts, Double for metric target and
 * actual, Boolean for the moment-that-matters flag. Absent fields are simply not in the map.
 */
public final class CardDetails {
    private final Map<CardField, Object> values;

    private CardDetails(Map<CardField, Object> values) {
        this.values = values;
    }

    public static CardDetails empty() {
        return new CardDetails(new EnumMap<>(CardField.class));
    }

    public static CardDetails of(Map<CardField, ?> values) {
        EnumMap<CardField, Object> copy = new EnumMap<>(CardField.class);
        values.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return new CardDetails(copy);
    }

    public Object get(CardField field) {
        return values.get(field);
    }

    public String text() {
        Object t = values.get(CardField.TEXT);
        return t == null ? "" : (String) t;
    }

    public boolean momentThatMatters() {
        return Boolean.TRUE.equals(values.get(CardField.MOMENT_THAT_MATTERS));
    }

    @SuppressWarnings("unchecked")
    public <E extends Enum<E>> E enumValue(CardField field, Class<E> type) {
        Object v = values.get(field);
        return type.isInstance(v) ? (E) v : null;
    }

    public Integer intValue(CardField field) {
        Object v = values.get(field);
        return v instanceof Integer i ? i : null;
    }

    public Double doubleValue(CardField field) {
        Object v = values.get(field);
        return v instanceof Double d ? d : null;
    }

    public String stringValue(CardField field) {
        Object v = values.get(field);
        return v instanceof String s ? s : null;
    }

    /** A copy with the field set; a null value removes it. */
    public CardDetails with(CardField field, Object value) {
        EnumMap<CardField, Object> copy = new EnumMap<>(CardField.class);
        copy.putAll(values);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return new CardDetails(copy);
    }

    public CardDetails withAll(Map<CardField, ?> changes) {
        EnumMap<CardField, Object> copy = new EnumMap<>(CardField.class);
        copy.putAll(values);
        changes.forEach((k, v) -> {
            if (v == null) {
                copy.remove(k);
            } else {
                copy.put(k, v);
            }
        });
        return new CardDetails(copy);
    }

    /** The fields that are set, in declaration order. */
    public Map<CardField, Object> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** Opportunity priority derived from the three scores: their sum (3–15), or null when a score is missing. */
    public Integer opportunityPriority() {
        Integer f = intValue(CardField.FEASIBLE);
        Integer v = intValue(CardField.VIABLE);
        Integer d = intValue(CardField.DESIRABLE);
        return f == null || v == null || d == null ? null : f + v + d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardDetails other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
