package io.journeymaps.map.operation;

import java.util.List;
import java.util.Set;

import io.journeymaps.map.model.JourneyMap;

/**
 * What {@link BatchMerger} made of a batch: either conflicts (then nothing may be stored), or the map
 * after the batch, the targets to record with it and the operations that took effect (operations
 * that found their work already done, such as deleting a card someone else deleted, are left out).
 */
public record MergeOutcome(JourneyMap map, Set<String> changedTargets, List<MapOperation> applied,
                           List<Conflict> conflicts) {
    public MergeOutcome {
        changedTargets = Set.copyOf(changedTargets);
        applied = List.copyOf(applied);
        conflicts = List.copyOf(conflicts);
    }

    public boolean conflicted() {
        return !conflicts.isEmpty();
    }
}
