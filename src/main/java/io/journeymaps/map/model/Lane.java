package io.journeymaps.map.model;

/** An ordered row of the map. */
public record Lane(String id, LaneType type, String name, boolean hidden) {
    public Lane withName(String newName) {
        return new Lane(id, type, newName, hidden);
    }

    public Lane withHidden(boolean newHidden) {
        return new Lane(id, type, name, newHidden);
    }
}
