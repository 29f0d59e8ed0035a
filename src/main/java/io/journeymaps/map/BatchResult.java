package io.journeymaps.map;

import java.util.List;

import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.operation.Conflict;
import io.journeymaps.map.operation.MapOperation;

/** What became of a batch of operations: stored as a new version, or refused with conflicts. */
public sealed interface BatchResult {

    /** Stored; {@code applied} leaves out operations that found their work already done. */
    record Applied(long newVersion, List<MapOperation> applied, JourneyMap map) implements BatchResult {
        public Applied {
            applied = List.copyOf(applied);
        }
    }

    /** Nothing stored: some operations would overwrite or lose what others changed since the base version. */
    record Conflicted(long currentVersion, List<Conflict> conflicts) implements BatchResult {
        public Conflicted {
            conflicts = List.copyOf(conflicts);
        }
    }
}
