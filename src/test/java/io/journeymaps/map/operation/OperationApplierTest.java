package io.journeymaps.map.operation;

import static io.journeymaps.common.InvalidInputAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.journeymaps.map.TestMaps;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.Channel;
import io.journeymaps.map.model.Direction;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.EvidenceKind;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.Limits;
import io.journeymaps.map.model.MapState;
import io.journeymaps.map.model.MetricName;
import io.journeymaps.map.model.Severity;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;
import io.journeymaps.map.operation.MapOperation.*;

class OperationApplierTest {
    private final OperationApplier applier = new OperationApplier();
    private final JourneyMap map = TestMaps.sample();

    private JourneyMap apply(MapOperation... ops) {
        return applier.applyAll(map, List.of(ops));
    }

    private OperationResult one(MapOperation op) {
        return applier.apply(map, op, 0, false);
    }

    private static List<String> stageIds(JourneyMap m) {
        return m.stages().stream().map(Stage::id).toList();
    }

    private static List<String> stepIds(JourneyMap m) {
        return m.steps().map(Step::id).toList();
    }

    private static List<String> cardIds(JourneyMap m, String lane, String step) {
        return m.cardsIn(lane, step).stream().map(Card::id).toList();
    }

    private static Set<String> targets(OperationResult r) {
        return r.changed().stream().map(Target::toString).collect(Collectors.toSet());
    }

    // --- stages

    @Test
    void addStage_insertsStageWithItsFirstStepAtIndex() {
        OperationResult r = one(new AddStage("S9", 1, "  Consider  ", new StepSpec("st9", "Compare")));
        assertEquals(List.of("S1", "S9", "S2"), stageIds(r.map()));
        Stage s = r.map().stage("S9").orElseThrow();
        assertEquals("Consider", s.name());
        assertEquals(List.of(new Step("st9", "Compare", false)), s.steps());
        assertEquals(Set.of("stage:S9", "step:st9"), targets(r));
    }

    @Test
    void addStage_atEnd_isAllowed_butBeyondEndIsRefused() {
        assertEquals("S9", apply(new AddStage("S9", 2, "X", new StepSpec("st9", "Y"))).stages().get(2).id());
        assertInvalid("operations[0].index", "must be between 0 and 2",
                () -> apply(new AddStage("S9", 3, "X", new StepSpec("st9", "Y"))));
        assertInvalid("operations[0].index", "must be between 0 and 2",
                () -> apply(new AddStage("S9", -1, "X", new StepSpec("st9", "Y"))));
    }

    @Test
    void addStage_refusesUsedIdsBadIdsMissingStepAndBadNames() {
        assertInvalid("operations[0].stageId", "already used", () -> apply(new AddStage("S1", 0, "X", new StepSpec("n", "Y"))));
        assertInvalid("operations[0].stageId", "already used", () -> apply(new AddStage("c1", 0, "X", new StepSpec("n", "Y"))));
        assertInvalid("operations[0].step.id", "already used", () -> apply(new AddStage("S9", 0, "X", new StepSpec("st1", "Y"))));
        assertInvalid("operations[0].step.id", "already used", () -> apply(new AddStage("S9", 0, "X", new StepSpec("S9", "Y"))));
        assertInvalid("operations[0].stageId", "letters, digits", () -> apply(new AddStage("a b", 0, "X", new StepSpec("n", "Y"))));
        assertInvalid("operations[0].stageId", "letters, digits", () -> apply(new AddStage("x".repeat(37), 0, "X", new StepSpec("n", "Y"))));
        assertInvalid("operations[0].stageId", "is required", () -> apply(new AddStage(null, 0, "X", new StepSpec("n", "Y"))));
        assertInvalid("operations[0].step", "at least one step", () -> apply(new AddStage("S9", 0, "X", null)));
        assertInvalid("operations[0].name", "must not be blank", () -> apply(new AddStage("S9", 0, "   ", new StepSpec("n", "Y"))));
        assertInvalid("operations[0].name", "at most 255", () -> apply(new AddStage("S9", 0, "x".repeat(256), new StepSpec("n", "Y"))));
        assertInvalid("operations[0].step.name", "is required", () -> apply(new AddStage("S9", 0, "X", new StepSpec("n", null))));
    }

    @Test
    void nameOfExactly255Characters_isAccepted() {
        assertEquals(255, apply(new RenameStage("S1", "x".repeat(255))).stage("S1").orElseThrow().name().length());
    }

    @Test
    void renameStage_changesNameOnly() {
        OperationResult r = one(new RenameStage("S2", "Buy"));
        assertEquals("Buy", r.map().stage("S2").orElseThrow().name());
        assertEquals(map.stage("S2").orElseThrow().steps(), r.map().stage("S2").orElseThrow().steps());
        assertEquals(Set.of("stage:S2:name"), targets(r));
        assertInvalid("operations[0].stageId", "no stage with this id", () -> apply(new RenameStage("S7", "x")));
    }

    @Test
    void moveStage_reordersStages() {
        OperationResult r = one(new MoveStage("S1", 1));
        assertEquals(List.of("S2", "S1"), stageIds(r.map()));
        assertEquals(Set.of("stage:S1:order"), targets(r));
        assertInvalid("operations[0].index", "between 0 and 1", () -> apply(new MoveStage("S1", 2)));
    }

    @Test
    void deleteStage_removesItsStepsCardsScoresAndJiraLinks() {
        OperationResult r = one(new DeleteStage("S1"));
        assertEquals(List.of("S2"), stageIds(r.map()));
        assertEquals(List.of("st3"), stepIds(r.map()));
        assertTrue(r.map().cards().isEmpty());
        assertTrue(r.map().emotions().isEmpty());
        assertTrue(r.map().jiraLinks().isEmpty());
        assertEquals(Set.of("stage:S1", "step:st1", "step:st2", "card:c1", "card:c2", "card:c3", "emotion:st1:none",
                "emotion:st1:7"), targets(r));
    }

    @Test
    void deleteStage_refusesTheLastStage() {
        JourneyMap oneStage = apply(new DeleteStage("S1"));
        assertInvalid("operations[0].stageId", "at least one stage",
                () -> applier.applyAll(oneStage, List.of(new DeleteStage("S2"))));
    }

    @Test
    void setStageHidden_setsTheFlag() {
        assertTrue(apply(new SetStageHidden("S1", true)).stage("S1").orElseThrow().hidden());
        assertEquals(Set.of("stage:S1:hidden"), targets(one(new SetStageHidden("S1", true))));
    }

    // --- steps

    @Test
    void addStep_insertsIntoTheStage() {
        JourneyMap m = apply(new AddStep("S1", "st9", 0, "Hear"));
        assertEquals(List.of("st9", "st1", "st2", "st3"), stepIds(m));
        assertInvalid("operations[0].index", "between 0 and 2", () -> apply(new AddStep("S1", "st9", 3, "x")));
        assertInvalid("operations[0].stageId", "no stage", () -> apply(new AddStep("nope", "st9", 0, "x")));
        assertInvalid("operations[0].stepId", "already used", () -> apply(new AddStep("S1", "st3", 0, "x")));
    }

    @Test
    void addStep_refusesTheSixtyFirstStep() {
        List<MapOperation> ops = new ArrayList<>();
        for (int i = 0; i < Limits.STEPS_PER_MAP - 3; i++) {
            ops.add(new AddStep("S2", "n" + i, 0, "Step " + i));
        }
        JourneyMap full = applier.applyAll(map, ops);
        assertEquals(60, full.steps().count());
        assertInvalid("operations[0]", "at most 60 steps", () -> applier.applyAll(full, List.of(new AddStep("S2", "x", 0, "x"))));
        assertInvalid("operations[0]", "at most 60 steps",
                () -> applier.applyAll(full, List.of(new AddStage("S9", 0, "x", new StepSpec("y", "y")))));
    }

    @Test
    void renameStep_andHide() {
        JourneyMap m = apply(new RenameStep("st2", "Google it"), new SetStepHidden("st2", true));
        assertEquals(new Step("st2", "Google it", true), m.step("st2").orElseThrow());
        assertInvalid("operations[1].stepId", "no step", () -> apply(new RenameStep("st2", "x"), new RenameStep("zz", "y")));
    }

    @Test
    void moveStep_withinAndAcrossStages() {
        assertEquals(List.of("st2", "st1", "st3"), stepIds(apply(new MoveStep("st1", "S1", 1))));
        JourneyMap across = apply(new MoveStep("st1", "S2", 1));
        assertEquals(List.of("st2"), across.stage("S1").orElseThrow().steps().stream().map(Step::id).toList());
        assertEquals(List.of("st3", "st1"), across.stage("S2").orElseThrow().steps().stream().map(Step::id).toList());
        assertEquals(3, across.cards().size(), "cards stay with their step");
        assertEquals(Set.of("step:st1:order"), targets(one(new MoveStep("st1", "S2", 0))));
        assertInvalid("operations[0].index", "between 0 and 1", () -> apply(new MoveStep("st1", "S1", 2)));
        assertInvalid("operations[0].index", "between 0 and 1", () -> apply(new MoveStep("st1", "S2", 2)));
    }

    @Test
    void moveStep_refusesToEmptyAStage() {
        assertInvalid("operations[0].stepId", "at least one step", () -> apply(new MoveStep("st3", "S1", 0)));
    }

    @Test
    void deleteStep_removesItsCardsAndScores_butNotTheLastOfAStage() {
        OperationResult r = one(new DeleteStep("st1"));
        assertEquals(List.of("st2", "st3"), stepIds(r.map()));
        assertTrue(r.map().cards().isEmpty());
        assertTrue(r.map().emotions().isEmpty());
        assertTrue(targets(r).containsAll(Set.of("step:st1", "card:c1", "emotion:st1:7")));
        assertInvalid("operations[0].stepId", "at least one step", () -> apply(new DeleteStep("st3")));
    }

    // --- lanes

    @Test
    void addLane_renameMoveHideDelete() {
        JourneyMap m = apply(new AddLane("tp", 0, LaneType.TOUCHPOINTS, "Touchpoints"),
                new RenameLane("tp", "Channels"), new MoveLane("tp", 2), new SetLaneHidden("tp", true));
        assertEquals(new Lane("tp", LaneType.TOUCHPOINTS, "Channels", true), m.lanes().get(2));
        JourneyMap deleted = applier.applyAll(m, List.of(new DeleteLane("act")));
        assertFalse(deleted.lane("act").isPresent());
        assertEquals(List.of("c2"), deleted.cards().stream().map(Card::id).toList());
        assertEquals(Set.of("lane:act", "card:c1", "card:c3"), targets(one(new DeleteLane("act"))));
    }

    @Test
    void addLane_validates() {
        assertInvalid("operations[0].laneType", "is required", () -> apply(new AddLane("x", 0, null, "X")));
        assertInvalid("operations[0].index", "between 0 and 6", () -> apply(new AddLane("x", 7, LaneType.TEXT, "X")));
        assertInvalid("operations[0].laneId", "already used", () -> apply(new AddLane("st1", 0, LaneType.TEXT, "X")));
        assertInvalid("operations[0].index", "between 0 and 5", () -> apply(new MoveLane("act", 6)));
    }

    @Test
    void addLane_refusesTheThirtyFirstLane() {
        List<MapOperation> ops = new ArrayList<>();
        for (int i = 0; i < Limits.LANES_PER_MAP - 6; i++) {
            ops.add(new AddLane("l" + i, 0, LaneType.TEXT, "Lane " + i));
        }
        JourneyMap full = applier.applyAll(map, ops);
        assertInvalid("operations[0]", "at most 30 lanes",
                () -> applier.applyAll(full, List.of(new AddLane("x", 0, LaneType.TEXT, "x"))));
    }

    // --- cards

    @Test
    void addCard_atIndexOfItsCell() {
        OperationResult r = one(new AddCard("c9", "act", "st1", 1, Map.of(CardField.TEXT, "Reads")));
        assertEquals(List.of("c1", "c9", "c3"), cardIds(r.map(), "act", "st1"));
        assertEquals(Set.of("card:c9"), targets(r));
        assertEquals(List.of("c1", "c3", "c9"), cardIds(apply(new AddCard("c9", "act", "st1", 2, Map.of())), "act", "st1"));
        assertEquals(List.of("c9"), cardIds(apply(new AddCard("c9", "act", "st2", 0, Map.of())), "act", "st2"));
        assertInvalid("operations[0].index", "between 0 and 2", () -> apply(new AddCard("c9", "act", "st1", 3, Map.of())));
        assertInvalid("operations[0].index", "must be 0", () -> apply(new AddCard("c9", "act", "st2", 1, Map.of())));
    }

    @Test
    void addCard_withTypedFields() {
        Map<CardField, Object> f = new HashMap<>();
        f.put(CardField.TEXT, "Slow checkout");
        f.put(CardField.SEVERITY, Severity.CRITICAL);
        f.put(CardField.MOMENT_THAT_MATTERS, true);
        f.put(CardField.FREQUENCY, null);
        Card c = apply(new AddCard("c9", "pain", "st3", 0, f)).card("c9").orElseThrow();
        assertEquals(Severity.CRITICAL, c.details().get(CardField.SEVERITY));
        assertTrue(c.details().momentThatMatters());
        assertFalse(c.details().asMap().containsKey(CardField.FREQUENCY));
    }

    @Test
    void addCard_refusesFieldsTheLaneTypeDoesNotTake() {
        assertInvalid("operations[0].fields.severity", "not a field of cards in a ACTIONS lane",
                () -> apply(new AddCard("c9", "act", "st1", 0, Map.of(CardField.SEVERITY, Severity.LOW))));
    }

    @Test
    void addCard_refusesTheEmotionLaneUnknownCellsAndIdsOfOtherMaps() {
        assertInvalid("operations[0].laneId", "holds emotion scores", () -> apply(new AddCard("c9", "emo", "st1", 0, Map.of())));
        assertInvalid("operations[0].laneId", "no lane with this id in this map",
                () -> apply(new AddCard("c9", "lane-of-another-map", "st1", 0, Map.of())));
        assertInvalid("operations[0].stepId", "no step with this id in this map",
                () -> apply(new AddCard("c9", "act", "step-of-another-map", 0, Map.of())));
    }

    @Test
    void cardFieldValues_areCheckedForTypeAndRange() {
        assertInvalid("operations[0].fields.feasible", "between 1 and 5",
                () -> apply(new AddCard("c9", "opp", "st1", 0, Map.of(CardField.FEASIBLE, 6))));
        assertInvalid("operations[0].fields.feasible", "between 1 and 5",
                () -> apply(new AddCard("c9", "opp", "st1", 0, Map.of(CardField.FEASIBLE, 0))));
        assertInvalid("operations[0].fields.evidenceCount", "0 or more",
                () -> apply(new AddCard("c9", "ev", "st1", 0, Map.of(CardField.EVIDENCE_COUNT, -1))));
        assertInvalid("operations[0].fields.metricTarget", "finite",
                () -> apply(new AddCard("c9", "met", "st1", 0, Map.of(CardField.METRIC_TARGET, Double.NaN))));
        assertInvalid("operations[0].fields.metricActual", "finite",
                () -> apply(new AddCard("c9", "met", "st1", 0, Map.of(CardField.METRIC_ACTUAL, Double.POSITIVE_INFINITY))));
        assertInvalid("operations[0].fields.severity", "must be one of LOW, MEDIUM, HIGH, CRITICAL",
                () -> apply(new AddCard("c9", "pain", "st1", 0, Map.of(CardField.SEVERITY, "HIGH"))));
        assertInvalid("operations[0].fields.text", "at most 4000",
                () -> apply(new AddCard("c9", "act", "st1", 0, Map.of(CardField.TEXT, "x".repeat(4001)))));
        assertInvalid("operations[0].fields.text", "must be a string",
                () -> apply(new AddCard("c9", "act", "st1", 0, Map.of(CardField.TEXT, 5))));
        assertInvalid("operations[0].fields.owner", "at most 255",
                () -> apply(new AddCard("c9", "act", "st1", 0, Map.of(CardField.OWNER, "x".repeat(256)))));
        assertInvalid("operations[0].fields.momentThatMatters", "true or false",
                () -> apply(new AddCard("c9", "act", "st1", 0, Map.of(CardField.MOMENT_THAT_MATTERS, "yes"))));
        Card ok = apply(new AddCard("c9", "met", "st1", 0, Map.of(CardField.METRIC_NAME, MetricName.NPS,
                CardField.METRIC_TARGET, 40.5, CardField.TEXT, "x".repeat(4000)))).card("c9").orElseThrow();
        assertEquals(40.5, ok.details().doubleValue(CardField.METRIC_TARGET));
    }

    @Test
    void addCard_refusesTheTenThousandFirstCard() {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < Limits.CARDS_PER_MAP; i++) {
            cards.add(new Card("k" + i, "act", "st2", CardDetails.empty()));
        }
        JourneyMap full = map.withCards(cards);
        assertInvalid("operations[0]", "at most 10000 cards",
                () -> applier.applyAll(full, List.of(new AddCard("x", "act", "st1", 0, Map.of()))));
    }

    @Test
    void updateCard_changesOnlyTheGivenFields_andNullClears() {
        Map<CardField, Object> f = new HashMap<>();
        f.put(CardField.SEVERITY, null);
        f.put(CardField.FREQUENCY, io.journeymaps.map.model.Frequency.OFTEN);
        OperationResult r = one(new UpdateCard("c2", f));
        CardDetails d = r.map().card("c2").orElseThrow().details();
        assertEquals("Slow page", d.text());
        assertNull(d.get(CardField.SEVERITY));
        assertEquals(io.journeymaps.map.model.Frequency.OFTEN, d.get(CardField.FREQUENCY));
        assertEquals(Set.of("card:c2:severity", "card:c2:frequency"), targets(r));
    }

    @Test
    void updateCard_validates() {
        assertInvalid("operations[0].fields", "at least one field", () -> apply(new UpdateCard("c1", Map.of())));
        assertInvalid("operations[0].cardId", "no card with this id", () -> apply(new UpdateCard("zz", Map.of(CardField.TEXT, "x"))));
        assertInvalid("operations[0].fields.channel", "not a field of cards in a ACTIONS lane",
                () -> apply(new UpdateCard("c1", Map.of(CardField.CHANNEL, Channel.WEB))));
        assertInvalid("operations[0].fields.evidenceKind", "not a field",
                () -> apply(new UpdateCard("c2", Map.of(CardField.EVIDENCE_KIND, EvidenceKind.SOLICITED))));
    }

    @Test
    void moveCard_keepsOrderOfOtherCards() {
        OperationResult r = one(new MoveCard("c1", "act", "st1", 1));
        assertEquals(List.of("c3", "c1"), cardIds(r.map(), "act", "st1"));
        assertEquals(Set.of("card:c1:position"), targets(r));
        JourneyMap other = apply(new MoveCard("c1", "act", "st3", 0));
        assertEquals(List.of("c3"), cardIds(other, "act", "st1"));
        assertEquals(List.of("c1"), cardIds(other, "act", "st3"));
        assertInvalid("operations[0].index", "between 0 and 1", () -> apply(new MoveCard("c1", "act", "st1", 2)));
    }

    @Test
    void moveCard_refusesLanesThatDoNotTakeTheCardsFields() {
        assertInvalid("operations[0].laneId", "does not take the card's field severity",
                () -> apply(new MoveCard("c2", "act", "st1", 0)));
        assertInvalid("operations[0].laneId", "holds emotion scores", () -> apply(new MoveCard("c1", "emo", "st1", 0)));
        JourneyMap cleared = apply(new UpdateCard("c2", nullValue(CardField.SEVERITY)), new MoveCard("c2", "act", "st1", 0));
        assertEquals("act", cleared.card("c2").orElseThrow().laneId());
    }

    private static Map<CardField, Object> nullValue(CardField f) {
        Map<CardField, Object> m = new HashMap<>();
        m.put(f, null);
        return m;
    }

    @Test
    void deleteCard_removesItAndItsJiraLinks() {
        OperationResult r = one(new DeleteCard("c2"));
        assertFalse(r.map().card("c2").isPresent());
        assertTrue(r.map().jiraLinks().isEmpty());
        assertEquals(Set.of("card:c2"), targets(r));
        assertInvalid("operations[1].cardId", "no card", () -> apply(new DeleteCard("c2"), new DeleteCard("c2")));
    }

    // --- emotions, personas, map fields

    @Test
    void setEmotion_setsReplacesAndRemoves() {
        JourneyMap m = apply(new SetEmotion("st2", TestMaps.PERSONA, 2), new SetEmotion("st1", null, -2),
                new SetEmotion("st1", TestMaps.PERSONA, null));
        assertEquals(List.of(new EmotionScore("st1", null, -2), new EmotionScore("st2", TestMaps.PERSONA, 2)), m.emotions());
        assertEquals(Set.of("emotion:st2:7"), targets(one(new SetEmotion("st2", TestMaps.PERSONA, 2))));
        assertEquals(Set.of("emotion:st2:none"), targets(one(new SetEmotion("st2", null, 2))));
    }

    @Test
    void setEmotion_validates() {
        assertInvalid("operations[0].score", "between -2 and 2", () -> apply(new SetEmotion("st1", null, 3)));
        assertInvalid("operations[0].score", "between -2 and 2", () -> apply(new SetEmotion("st1", null, -3)));
        assertInvalid("operations[0].personaId", "not a persona attached", () -> apply(new SetEmotion("st1", 8L, 1)));
        assertInvalid("operations[0].stepId", "no step", () -> apply(new SetEmotion("S1", null, 1)));
    }

    @Test
    void attachAndDetachPersona() {
        OperationResult attached = one(new AttachPersona(8));
        assertEquals(List.of(7L, 8L), attached.map().personaIds());
        assertEquals(Set.of("persona:8"), targets(attached));
        OperationResult again = one(new AttachPersona(7));
        assertSame(map, again.map(), "attaching an attached persona changes nothing");
        assertTrue(again.changed().isEmpty());
        OperationResult detached = one(new DetachPersona(7));
        assertEquals(List.of(), detached.map().personaIds());
        assertEquals(List.of(new EmotionScore("st1", null, 1)), detached.map().emotions());
        assertEquals(Set.of("persona:7", "emotion:st1:7"), targets(detached));
        assertInvalid("operations[0].personaId", "not a persona attached", () -> apply(new DetachPersona(8)));
        assertInvalid("operations[0].personaId", "persona id", () -> apply(new AttachPersona(0)));
    }

    @Test
    void setMapFields_isPartial() {
        Map<MapField, Object> f = new HashMap<>();
        f.put(MapField.TITLE, " New title ");
        f.put(MapField.STATE, MapState.FUTURE);
        f.put(MapField.GOAL, null);
        f.put(MapField.DIRECTION, Direction.RTL);
        OperationResult r = one(new SetMapFields(f));
        assertEquals("New title", r.map().header().title());
        assertEquals(MapState.FUTURE, r.map().header().state());
        assertNull(r.map().header().goal());
        assertEquals(Direction.RTL, r.map().header().direction());
        assertEquals("alice", r.map().header().owner());
        assertEquals(Set.of("map:title", "map:state", "map:goal", "map:direction"), targets(r));
    }

    @Test
    void setMapFields_validates() {
        Map<MapField, Object> nullTitle = new HashMap<>();
        nullTitle.put(MapField.TITLE, null);
        assertInvalid("operations[0].fields.title", "must not be null", () -> apply(new SetMapFields(nullTitle)));
        assertInvalid("operations[0].fields.title", "must not be blank", () -> apply(new SetMapFields(Map.of(MapField.TITLE, " "))));
        assertInvalid("operations[0].fields.goal", "at most 4000", () -> apply(new SetMapFields(Map.of(MapField.GOAL, "g".repeat(4001)))));
        assertInvalid("operations[0].fields.state", "must be one of CURRENT, FUTURE", () -> apply(new SetMapFields(Map.of(MapField.STATE, "NOW"))));
        assertInvalid("operations[0].fields", "at least one field", () -> apply(new SetMapFields(Map.of())));
    }

    // --- batches

    @Test
    void laterOperationsSeeEarlierOnes_andErrorsNameTheirIndex() {
        JourneyMap m = apply(new AddStage("S9", 2, "New", new StepSpec("st9", "First")),
                new AddCard("c9", "act", "st9", 0, Map.of(CardField.TEXT, "hello")),
                new MoveCard("c9", "act", "st1", 0));
        assertEquals(List.of("c9", "c1", "c3"), cardIds(m, "act", "st1"));
        assertInvalid("operations[2].cardId", "no card", () -> apply(new RenameStage("S1", "a"), new RenameStage("S2", "b"),
                new DeleteCard("nope")));
    }

    @Test
    void batch_isAllOrNothing_andTheInputMapIsUnchanged() {
        JourneyMap before = TestMaps.sample();
        assertInvalid("operations[1].name", "must not be blank",
                () -> applier.applyAll(map, List.of(new RenameStage("S1", "Changed"), new RenameStage("S2", ""))));
        assertEquals(before, map);
    }

    @Test
    void clampedIndices_pullPositionsToTheEnds() {
        OperationResult r = applier.apply(map, new AddCard("c9", "act", "st1", 99, Map.of()), 0, true);
        assertEquals(List.of("c1", "c3", "c9"), cardIds(r.map(), "act", "st1"));
        OperationResult s = applier.apply(map, new MoveStage("S2", -4), 0, true);
        assertEquals(List.of("S2", "S1"), stageIds(s.map()));
    }
}
