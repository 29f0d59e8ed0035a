package io.journeymaps.map.model;

import java.util.List;

/** An ordered phase of the journey; its steps are the map's columns, in order. */
public record Stage(String id, String name, boolean hidden, List<Step> steps) {
    public Stage {
        steps = List.copyOf(steps);
    }

    public Stage withName(String newName) {
        return new Stage(id, newName, hidden, steps);
    }

    public Stage withHidden(boolean newHidden) {
        return new Stage(id, name, newHidden, steps);
    }

    public Stage withSteps(List<Step> newSteps) {
        return new Stage(id, name, hidden, newSteps);
    }
}
