package io.journeymaps.map.model;

/** One column of the map, inside a stage. */
public record Step(String id, String name, boolean hidden) {
    public Step withName(String newName) {
        return new Step(id, newName, hidden);
    }

    public Step withHidden(boolean newHidden) {
        return new Step(id, name, newHidden);
    }
}
