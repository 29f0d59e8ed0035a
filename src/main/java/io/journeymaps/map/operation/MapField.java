package io.journeymaps.map.operation;

import java.util.Optional;

/** The map's own fields that {@code setMapFields} may change, by wire name. */
public enum MapField {
    TITLE("title", false),
    GOAL("goal", true),
    JOURNEY_TYPE("journeyType", false),
    STATE("state", false),
    SALES_CYCLE("salesCycle", true),
    DIRECTION("direction", false),
    OWNER("owner", true);

    private final String wireName;
    private final boolean clearable;

    MapField(String wireName, boolean clearable) {
        this.wireName = wireName;
        this.clearable = clearable;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether the field may be set to null. */
    public boolean clearable() {
        return clearable;
    }

    public static Optional<MapField> byWireName(String name) {
        for (MapField f : values()) {
            if (f.wireName.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
