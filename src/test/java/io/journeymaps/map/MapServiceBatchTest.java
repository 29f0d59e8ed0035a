package io.journeymaps.map;

import static io.journeymaps.common.InvalidInputAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.journeymaps.common.NotFoundException;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Severity;
import io.journeymaps.map.operation.Conflict;
import io.journeymaps.map.operation.MapOperation;
import io.journeymaps.map.operation.MapOperation.*;
import io.journeymaps.persona.InMemoryPersonaRepository;

class MapServiceBatchTest {
    private static final UserRef ANN = new UserRef("ann", "Ann");
    private static final UserRef BEN = new UserRef("ben", "Ben");

    private InMemoryMapRepository repo;
    private InMemoryPersonaRepository personas;
    private MapService service;
    private long id;
    private long base;

    @BeforeEach
    void setUp() {
        repo = new InMemoryMapRepository();
        personas = new InMemoryPersonaRepository();
        service = new MapService(repo, personas, new FakeTemplateCatalog(), MapVersionListener.NONE);
        JourneyMap m = repo.put(TestMaps.sample());
        id = m.id();
        base = m.version();
    }

    private BatchResult.Applied applied(BatchResult r) {
        return assertInstanceOf(BatchResult.Applied.class, r);
    }

    private List<Conflict> conflicts(BatchResult r) {
        return assertInstanceOf(BatchResult.Conflicted.class, r).conflicts();
    }

    private JourneyMap stored() {
        return service.find(id).orElseThrow();
    }

    private static Map<CardField, Object> text(String t) {
        return Map.of(CardField.TEXT, t);
    }

    @Test
    void applyBatch_incrementsTheVersionByOnePerBatch() {
        BatchResult.Applied a = applied(service.applyBatch(id, base, List.of(new RenameStage("S1", "A"), new RenameStage("S2", "B")), ANN));
        assertEquals(base + 1, a.newVersion());
        assertEquals(2, a.applied().size());
        assertEquals("A", a.map().stage("S1").orElseThrow().name());
        assertEquals(base + 1, service.version(id).orElseThrow());
        assertEquals(base + 2, applied(service.applyBatch(id, base + 1, List.of(new RenameStage("S1", "C")), ANN)).newVersion());
    }

    @Test
    void twoUsersEditingDifferentCards_bothApply() {
        applied(service.applyBatch(id, base, List.of(new UpdateCard("c1", text("Ann's"))), ANN));
        BatchResult.Applied b = applied(service.applyBatch(id, base, List.of(new UpdateCard("c3", text("Ben's"))), BEN));
        assertEquals(base + 2, b.newVersion());
        assertEquals("Ann's", stored().card("c1").orElseThrow().text());
        assertEquals("Ben's", stored().card("c3").orElseThrow().text());
    }

    @Test
    void differentFieldsOfOneCard_merge() {
        applied(service.applyBatch(id, base, List.of(new UpdateCard("c2", text("Very slow page"))), ANN));
        applied(service.applyBatch(id, base, List.of(new UpdateCard("c2", Map.of(CardField.SEVERITY, Severity.CRITICAL))), BEN));
        Card c2 = stored().card("c2").orElseThrow();
        assertEquals("Very slow page", c2.text());
        assertEquals(Severity.CRITICAL, c2.details().get(CardField.SEVERITY));
    }

    @Test
    void sameFieldOfOneCard_conflictsWithBothValues_andStoresNothing() {
        applied(service.applyBatch(id, base, List.of(new UpdateCard("c2", text("Ann's text"))), ANN));
        List<Conflict> cs = conflicts(service.applyBatch(id, base,
                List.of(new RenameStage("S1", "Ben's stage"), new UpdateCard("c2", text("Ben's text"))), BEN));
        assertEquals(List.of(new Conflict(1, "card", "c2", "text", "Ann's text", "Ben's text", Conflict.Kind.CHANGED)), cs);
        assertEquals("Awareness", stored().stage("S1").orElseThrow().name(), "all or nothing");
        assertEquals(base + 1, stored().version());
    }

    @Test
    void conflicted_reportsTheCurrentVersion() {
        applied(service.applyBatch(id, base, List.of(new RenameStage("S1", "X")), ANN));
        BatchResult r = service.applyBatch(id, base, List.of(new RenameStage("S1", "Y")), BEN);
        assertEquals(base + 1, assertInstanceOf(BatchResult.Conflicted.class, r).currentVersion());
    }

    @Test
    void sameChangeAsTheirs_isNotAConflict() {
        applied(service.applyBatch(id, base, List.of(new UpdateCard("c2", Map.of(CardField.SEVERITY, Severity.LOW))), ANN));
        applied(service.applyBatch(id, base, List.of(new UpdateCard("c2", Map.of(CardField.SEVERITY, Severity.LOW))), BEN));
        assertEquals(Severity.LOW, stored().card("c2").orElseThrow().details().get(CardField.SEVERITY));
    }

    @Test
    void editOfACardDeletedMeanwhile_conflicts() {
        applied(service.applyBatch(id, base, List.of(new DeleteCard("c1")), ANN));
        List<Conflict> cs = conflicts(service.applyBatch(id, base, List.of(new UpdateCard("c1", text("Ben's"))), BEN));
        assertEquals(List.of(new Conflict(0, "card", "c1", "text", null, "Ben's", Conflict.Kind.DELETED)), cs);
    }

    @Test
    void editOfACardWhoseStepWasDeletedMeanwhile_conflicts() {
        applied(service.applyBatch(id, base, List.of(new DeleteStep("st1")), ANN));
        List<Conflict> cs = conflicts(service.applyBatch(id, base, List.of(new MoveCard("c1", "act", "st1", 1)), BEN));
        assertEquals("c1", cs.get(0).elementId());
        assertEquals(Conflict.Kind.DELETED, cs.get(0).kind());
        List<Conflict> adding = conflicts(service.applyBatch(id, base, List.of(new AddCard("c9", "act", "st1", 0, text("x"))), BEN));
        assertEquals(new Conflict(0, "step", "st1", null, null, Map.of("text", "x"), Conflict.Kind.DELETED), adding.get(0));
    }

    @Test
    void deletingACardTheyEdited_conflicts() {
        applied(service.applyBatch(id, base, List.of(new UpdateCard("c1", text("Ann's"))), ANN));
        List<Conflict> cs = conflicts(service.applyBatch(id, base, List.of(new DeleteCard("c1")), BEN));
        assertEquals(List.of(new Conflict(0, "card", "c1", "text", "Ann's", null, Conflict.Kind.CHANGED)), cs);
    }

    @Test
    void deletingAStepWhereTheyAddedACard_conflicts() {
        applied(service.applyBatch(id, base, List.of(new AddCard("c9", "act", "st2", 0, text("new"))), ANN));
        List<Conflict> cs = conflicts(service.applyBatch(id, base, List.of(new DeleteStep("st2")), BEN));
        assertEquals("c9", cs.get(0).elementId());
        assertNull(cs.get(0).yours());
    }

    @Test
    void deletingWhatTheyDeleted_isSkipped() {
        applied(service.applyBatch(id, base, List.of(new DeleteCard("c1")), ANN));
        BatchResult.Applied b = applied(service.applyBatch(id, base, List.of(new DeleteCard("c1"), new RenameStage("S2", "B")), BEN));
        assertEquals(List.of(new RenameStage("S2", "B")), b.applied());
        assertFalse(stored().card("c1").isPresent());
    }

    @Test
    void addingCardsToTheSameCell_merges() {
        applied(service.applyBatch(id, base, List.of(new AddCard("a1", "act", "st1", 2, text("Ann"))), ANN));
        applied(service.applyBatch(id, base, List.of(new AddCard("b1", "act", "st1", 2, text("Ben"))), BEN));
        assertEquals(List.of("c1", "c3", "b1", "a1"), stored().cardsIn("act", "st1").stream().map(Card::id).toList());
    }

    @Test
    void rebasedPositionsBeyondTheEnd_arePulledIn() {
        applied(service.applyBatch(id, base, List.of(new DeleteCard("c3")), ANN));
        applied(service.applyBatch(id, base, List.of(new AddCard("b1", "act", "st1", 2, text("Ben"))), BEN));
        assertEquals(List.of("c1", "b1"), stored().cardsIn("act", "st1").stream().map(Card::id).toList());
    }

    @Test
    void movesOfTheSameElement_conflict_butOfDifferentElementsMerge() {
        applied(service.applyBatch(id, base, List.of(new MoveCard("c1", "act", "st2", 0)), ANN));
        List<Conflict> cs = conflicts(service.applyBatch(id, base, List.of(new MoveCard("c1", "act", "st3", 0)), BEN));
        assertEquals("position", cs.get(0).field());
        assertEquals(Map.of("laneId", "act", "stepId", "st2", "index", 0), cs.get(0).theirs());
        assertEquals(Map.of("laneId", "act", "stepId", "st3", "index", 0), cs.get(0).yours());
        applied(service.applyBatch(id, base, List.of(new MoveCard("c3", "act", "st3", 0)), BEN));
    }

    @Test
    void emotionScores_conflictPerStepAndPersona() {
        applied(service.applyBatch(id, base, List.of(new SetEmotion("st2", null, 2)), ANN));
        applied(service.applyBatch(id, base, List.of(new SetEmotion("st2", TestMaps.PERSONA, -2)), BEN));
        List<Conflict> cs = conflicts(service.applyBatch(id, base, List.of(new SetEmotion("st2", null, -1)), BEN));
        assertEquals(new Conflict(0, "emotion", "st2:none", "score", 2, -1, Conflict.Kind.CHANGED), cs.get(0));
    }

    @Test
    void scoreForAPersonaDetachedMeanwhile_conflicts() {
        applied(service.applyBatch(id, base, List.of(new DetachPersona(TestMaps.PERSONA)), ANN));
        List<Conflict> cs = conflicts(service.applyBatch(id, base, List.of(new SetEmotion("st2", TestMaps.PERSONA, 1)), BEN));
        assertEquals(new Conflict(0, "persona", "7", "score", null, 1, Conflict.Kind.DELETED), cs.get(0));
    }

    @Test
    void mapFields_conflictPerField() {
        applied(service.applyBatch(id, base, List.of(new SetMapFields(Map.of(io.journeymaps.map.operation.MapField.TITLE, "Ann"))), ANN));
        applied(service.applyBatch(id, base, List.of(new SetMapFields(Map.of(io.journeymaps.map.operation.MapField.GOAL, "Ben"))), BEN));
        List<Conflict> cs = conflicts(service.applyBatch(id, base,
                List.of(new SetMapFields(Map.of(io.journeymaps.map.operation.MapField.TITLE, "Ben"))), BEN));
        assertEquals(new Conflict(0, "map", "42", "title", "Ann", "Ben", Conflict.Kind.CHANGED), cs.get(0));
    }

    @Test
    void applyBatch_retriesAfterAConcurrentUpdate_andMergesTheirChange() {
        repo.beforeSave(before -> repo.saveBatch(before,
                before.withCards(before.cards().stream().map(c -> c.id().equals("c3")
                        ? c.withDetails(c.details().with(CardField.TEXT, "Sneaky")) : c).toList()),
                java.util.Set.of("card:c3:text"), ANN));
        BatchResult.Applied b = applied(service.applyBatch(id, base, List.of(new UpdateCard("c1", text("Mine"))), BEN));
        assertEquals(base + 2, b.newVersion());
        assertEquals("Mine", stored().card("c1").orElseThrow().text());
        assertEquals("Sneaky", stored().card("c3").orElseThrow().text());
        assertEquals(3, repo.saveCalls, "their save, our failed save, our retry");
    }

    @Test
    void applyBatch_afterAConcurrentUpdateOfTheSameField_reportsTheConflict() {
        repo.beforeSave(before -> repo.saveBatch(before,
                before.withCards(before.cards().stream().map(c -> c.id().equals("c1")
                        ? c.withDetails(c.details().with(CardField.TEXT, "Theirs")) : c).toList()),
                java.util.Set.of("card:c1:text"), ANN));
        List<Conflict> cs = conflicts(service.applyBatch(id, base, List.of(new UpdateCard("c1", text("Mine"))), BEN));
        assertEquals("Theirs", cs.get(0).theirs());
    }

    @Test
    void applyBatch_givesUpAfterBoundedRetries() {
        MapRepository alwaysLate = new InMemoryMapRepository() {
            @Override
            public JourneyMap saveBatch(JourneyMap before, JourneyMap after, java.util.Set<String> t, UserRef a) {
                saveCalls++;
                throw new ConcurrentMapUpdateException(before.id(), before.version());
            }
        };
        ((InMemoryMapRepository) alwaysLate).put(TestMaps.sample());
        MapService s = new MapService(alwaysLate, personas, new FakeTemplateCatalog(), MapVersionListener.NONE);
        assertThrows(ConcurrentMapUpdateException.class,
                () -> s.applyBatch(42L, base, List.of(new RenameStage("S1", "x")), ANN));
        assertEquals(MapService.MAX_ATTEMPTS, ((InMemoryMapRepository) alwaysLate).saveCalls);
    }

    @Test
    void applyBatch_refusesBadRequests() {
        assertInvalid("operations", "must not be empty", () -> service.applyBatch(id, base, List.of(), ANN));
        assertInvalid("baseVersion", "newer than", () -> service.applyBatch(id, base + 1, List.of(new RenameStage("S1", "x")), ANN));
        assertThrows(NotFoundException.class, () -> service.applyBatch(999, 1, List.of(new RenameStage("S1", "x")), ANN));
        assertInvalid("operations[0].name", "must not be blank", () -> service.applyBatch(id, base, List.of(new RenameStage("S1", "")), ANN));
        assertEquals(base, stored().version());
    }

    @Test
    void invalidOperationInARebasedBatch_isStillAnError() {
        applied(service.applyBatch(id, base, List.of(new RenameStage("S1", "x")), ANN));
        assertInvalid("operations[0].cardId", "no card", () -> service.applyBatch(id, base, List.of(new DeleteCard("nope")), BEN));
    }

    @Test
    void attachPersona_requiresAPersonaOfTheMapsSpace() {
        personas.put(8, "DS", "Dana");
        personas.put(9, "OTHER", "Olga");
        applied(service.applyBatch(id, base, List.of(new AttachPersona(8)), ANN));
        assertTrue(stored().personaIds().contains(8L));
        assertEquals(List.of("Dana"), service.personasOf(stored()).stream().map(p -> p.name()).toList());
        assertInvalid("operations[0].personaId", "no persona", () -> service.applyBatch(id, base + 1, List.of(new AttachPersona(9)), ANN));
        assertInvalid("operations[0].personaId", "no persona", () -> service.applyBatch(id, base + 1, List.of(new AttachPersona(10)), ANN));
    }

    @Test
    void updateCardClearingAField_throughTheService() {
        Map<CardField, Object> clear = new HashMap<>();
        clear.put(CardField.SEVERITY, null);
        List<MapOperation> ops = List.of(new UpdateCard("c2", clear));
        applied(service.applyBatch(id, base, ops, ANN));
        assertNull(stored().card("c2").orElseThrow().details().get(CardField.SEVERITY));
    }
}
