package io.journeymaps.map.operation;

/**
 * Something a batch changed, as recorded with the batch and compared for conflicts. Written as
 * {@code type:id} for an element's existence (added or deleted), {@code type:id:field} for one of its
 * fields, {@code map:field} for the map's own fields and {@code emotion:stepId:personaId|none} for one
 * score. Fields are wire names, plus {@code order} (stages, steps, lanes) and {@code position} (cards).
 */
public record Target(String type, String id, String field) {
    public static final String MAP = "map";
    public static final String STAGE = "stage";
    public static final String STEP = "step";
    public static final String LANE = "lane";
    public static final String CARD = "card";
    public static final String EMOTION = "emotion";
    public static final String PERSONA = "persona";
    public static final String ORDER = "order";
    public static final String POSITION = "position";
    public static final String NO_PERSONA = "none";

    public static Target exists(String type, String id) {
        return new Target(type, id, null);
    }

    public static Target field(String type, String id, String field) {
        return new Target(type, id, field);
    }

    public static Target mapField(MapField f) {
        return new Target(MAP, null, f.wireName());
    }

    public static Target emotion(String stepId, Long personaId) {
        return new Target(EMOTION, stepId + ":" + (personaId == null ? NO_PERSONA : personaId), null);
    }

    public static Target persona(long personaId) {
        return new Target(PERSONA, Long.toString(personaId), null);
    }

    /** True for an element's existence (add/delete), false for one of its fields. */
    public boolean isExistence() {
        return field == null && !MAP.equals(type) && !EMOTION.equals(type);
    }

    /** The existence target of the element this target belongs to. */
    public Target element() {
        return MAP.equals(type) ? this : new Target(type, id, null);
    }

    /** Parses the string form; the inverse of {@link #toString()}. */
    public static Target parse(String s) {
        String[] parts = s.split(":", -1);
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a target: " + s);
        }
        if (MAP.equals(parts[0])) {
            return new Target(MAP, null, parts[1]);
        }
        if (EMOTION.equals(parts[0])) {
            if (parts.length != 3 || !(NO_PERSONA.equals(parts[2]) || isNumber(parts[2]))) {
                throw new IllegalArgumentException("not a target: " + s);
            }
            return new Target(EMOTION, parts[1] + ":" + parts[2], null);
        }
        if (parts.length > 3 || (PERSONA.equals(parts[0]) && (parts.length != 2 || !isNumber(parts[1])))) {
            throw new IllegalArgumentException("not a target: " + s);
        }
        return new Target(parts[0], parts[1], parts.length > 2 ? parts[2] : null);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() < 19 && s.chars().allMatch(Character::isDigit);
    }

    @Override
    public String toString() {
        if (MAP.equals(type)) {
            return MAP + ":" + field;
        }
        return field == null ? type + ":" + id : type + ":" + id + ":" + field;
    }
}
