package io.journeymaps.map.operation;

import java.util.Set;

import io.journeymaps.map.model.JourneyMap;

/** One applied operation: the map after it and every target it changed, cascades included. */
public record OperationResult(JourneyMap map, Set<Target> changed) {
    public OperationResult {
        changed = Set.copyOf(changed);
    }
}
