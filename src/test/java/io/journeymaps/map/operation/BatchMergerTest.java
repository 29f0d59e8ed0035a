package io.journeymaps.map.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.journeymaps.map.TestMaps;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.operation.MapOperation.*;

class BatchMergerTest {
    private final BatchMerger merger = new BatchMerger();
    private final JourneyMap map = TestMaps.sample();

    @Test
    void targets_roundTripThroughTheirStringForm() {
        for (String s : List.of("map:title", "stage:S1", "stage:S1:order", "card:c1:severity", "emotion:st1:none",
                "emotion:st1:7", "persona:7", "card:c1:position")) {
            assertEquals(s, Target.parse(s).toString());
        }
        assertTrue(Target.parse("card:c1").isExistence());
        assertFalse(Target.parse("emotion:st1:7").isExistence());
        assertFalse(Target.parse("map:title").isExistence());
        for (String bad : List.of("persona:x", "emotion:st1:x", "emotion:st1", "card", "card:a:b:c")) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Target.parse(bad), bad);
        }
    }

    @Test
    void onTheCurrentVersion_everyChangedTargetIsRecorded() {
        MergeOutcome o = merger.merge(map, List.of(new RenameStage("S1", "A"), new DeleteCard("c2")), Set.of(), false);
        assertFalse(o.conflicted());
        assertEquals(Set.of("stage:S1:name", "card:c2"), o.changedTargets());
        assertEquals(2, o.applied().size());
    }

    @Test
    void deletingAStageTheyRenamed_conflicts() {
        MergeOutcome o = merger.merge(map, List.of(new DeleteStage("S1")), Set.of("stage:S1:name"), true);
        assertEquals(List.of(new Conflict(0, "stage", "S1", "name", "Awareness", null, Conflict.Kind.CHANGED)), o.conflicts());
        assertTrue(o.changedTargets().isEmpty());
    }

    @Test
    void movingToWhereTheyMovedIt_isNotAConflict() {
        MergeOutcome o = merger.merge(map, List.of(new MoveStage("S1", 0)), Set.of("stage:S1:order"), true);
        assertFalse(o.conflicted());
    }

    @Test
    void renamesOfDifferentElements_merge_andUnknownTargetsAreIgnored() {
        MergeOutcome o = merger.merge(map, List.of(new RenameStage("S1", "A"), new RenameLane("act", "Do")),
                Set.of("stage:S2:name", "lane:pain:name", "future-kind"), true);
        assertFalse(o.conflicted());
        assertEquals("Do", o.map().lane("act").orElseThrow().name());
    }

    @Test
    void everyConflictOfABatchIsReported() {
        MergeOutcome o = merger.merge(map, List.of(new UpdateCard("c1", Map.of(CardField.TEXT, "x")), new RenameStage("S1", "y"),
                new UpdateCard("c3", Map.of(CardField.TEXT, "z"))), Set.of("card:c1:text", "card:c3:text"), true);
        assertEquals(List.of(0, 2), o.conflicts().stream().map(Conflict::operationIndex).toList());
        assertEquals(map, o.map(), "nothing applied");
    }

    @Test
    void addStepToAStageTheyDeleted_conflicts() {
        JourneyMap without = new OperationApplier().applyAll(map, List.of(new DeleteStage("S2")));
        MergeOutcome o = merger.merge(without, List.of(new AddStep("S2", "st9", 0, "New")), Set.of("stage:S2", "step:st3"), true);
        assertEquals(new Conflict(0, "stage", "S2", null, null, "New", Conflict.Kind.DELETED), o.conflicts().get(0));
    }
}
