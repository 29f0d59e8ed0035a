package io.journeymaps.history;

import static io.journeymaps.common.InvalidInputAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.journeymaps.history.HistoryService.RevisionMap;
import io.journeymaps.history.HistoryService.RevisionView;
import io.journeymaps.history.model.Revision;
import io.journeymaps.history.model.RevisionKind;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.BatchResult;
import io.journeymaps.map.FakeTemplateCatalog;
import io.journeymaps.map.InMemoryMapRepository;
import io.journeymaps.map.MapService;
import io.journeymaps.map.NewMapCommand;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.StatusCategory;
import io.journeymaps.map.operation.MapOperation;
import io.journeymaps.persona.InMemoryPersonaRepository;

class HistoryServiceTest {
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final UserRef BOB = new UserRef("bob", "Bob");

    private InMemoryMapRepository repo;
    private InMemoryRevisionRepository revisions;
    private MapService maps;
    private HistoryService history;
    private long id;

    @BeforeEach
    void setUp() {
        repo = new InMemoryMapRepository();
        revisions = new InMemoryRevisionRepository();
        maps = new MapService(repo, new InMemoryPersonaRepository(), new FakeTemplateCatalog(),
                new HistoryRecorder(revisions, HistorySettings.withPause(Duration.ofMinutes(5))));
        history = new HistoryService(revisions, maps, key -> key.equals("alice") ? Optional.of("Alice Adams") : Optional.empty());
        id = maps.createMap(new NewMapCommand(100, "DS", "aware", null, "en", "mk"), ALICE).id();
    }

    private JourneyMap current() {
        return maps.find(id).orElseThrow();
    }

    private JourneyMap apply(UserRef who, MapOperation... ops) {
        BatchResult r = maps.applyBatch(id, current().version(), List.of(ops), who);
        return assertInstanceOf(BatchResult.Applied.class, r).map();
    }

    private static MapOperation addCard(String cardId, String laneId, String stepId, String text) {
        return new MapOperation.AddCard(cardId, laneId, stepId, 0, Map.of(CardField.TEXT, text));
    }

    private static MapOperation text(String cardId, String text) {
        return new MapOperation.UpdateCard(cardId, Map.of(CardField.TEXT, text));
    }

    @Test
    void createMap_leavesRevisionOne_withTheAuthorsName() {
        List<RevisionView> list = history.revisions(id);

        assertEquals(1, list.size());
        assertEquals(new Revision(id, 1, "alice", current().header().updated(),
                "Map created from template “Awareness to advocacy”", RevisionKind.CREATE), list.get(0).revision());
        assertEquals("Alice Adams", list.get(0).authorName());
    }

    @Test
    void revisions_areNewestFirst_andUnknownAuthorsHaveNoName() {
        JourneyMap m = current();
        String lane = m.lanes().get(0).id();
        String step = m.steps().findFirst().orElseThrow().id();
        apply(ALICE, addCard("k1", lane, step, "one"));
        apply(BOB, text("k1", "two"));

        List<RevisionView> list = history.revisions(id);

        assertEquals(List.of(3L, 2L, 1L), list.stream().map(v -> v.revision().version()).toList());
        assertNull(list.get(0).authorName());
        assertEquals("1 card edited in Stage", list.get(0).revision().summary());
    }

    @Test
    void revision_returnsTheMapAsItWasThen() {
        JourneyMap v1 = current();
        String lane = v1.lanes().get(0).id();
        String step = v1.steps().findFirst().orElseThrow().id();
        apply(BOB, addCard("k1", lane, step, "one"));

        RevisionMap first = history.revision(id, 1).orElseThrow();

        assertEquals(v1, first.map());
        assertEquals(Optional.empty(), history.revision(id, 99));
    }

    @Test
    void restore_makesANewVersionWithTheOldContent_andKeepsEveryRevision() {
        JourneyMap v1 = current();
        String lane = v1.lanes().get(0).id();
        String step = v1.steps().findFirst().orElseThrow().id();
        apply(BOB, addCard("k1", lane, step, "one"));
        apply(ALICE, new MapOperation.RenameStage(v1.stages().get(0).id(), "Renamed"));

        RevisionMap restored = history.restore(id, 1, BOB);

        JourneyMap now = current();
        assertEquals(4, now.version());
        assertEquals(now, restored.map());
        assertEquals(v1.stages(), now.stages());
        assertEquals(v1.cards(), now.cards());
        assertEquals(v1.header().pageId(), now.header().pageId());
        assertEquals(v1.header().created(), now.header().created());
        assertEquals(new Revision(id, 4, "bob", now.header().updated(), "Restored version 1", RevisionKind.RESTORE),
                restored.revision().revision());
        assertEquals(List.of(4L, 3L, 2L, 1L), history.revisions(id).stream().map(v -> v.revision().version()).toList());
        assertTrue(history.revision(id, 3).orElseThrow().map().card("k1").isPresent());
        assertEquals(now, history.revision(id, 4).orElseThrow().map());
    }

    @Test
    void editRightAfterARestore_startsANewRevision() {
        JourneyMap v1 = current();
        apply(ALICE, new MapOperation.RenameStage(v1.stages().get(0).id(), "Renamed"));
        history.restore(id, 1, ALICE);
        apply(ALICE, new MapOperation.RenameStage(v1.stages().get(0).id(), "Again"));

        assertEquals(List.of(RevisionKind.EDIT, RevisionKind.RESTORE, RevisionKind.EDIT, RevisionKind.CREATE),
                history.revisions(id).stream().map(v -> v.revision().kind()).toList());
    }

    @Test
    void restore_keepsCurrentJiraLinksOfCardsThatExist_andDoesNotResurrectUnlinkedOnes() {
        JourneyMap v1 = current();
        String lane = v1.lanes().get(0).id();
        String step = v1.steps().findFirst().orElseThrow().id();
        apply(ALICE, addCard("k1", lane, step, "one"), addCard("k2", lane, step, "two"));
        JiraLink old = new JiraLink("k1", "jira", "OLD-1", "s", "Open", StatusCategory.NEW, null, null);
        maps.changeJiraLinks(id, m -> List.of(old), ALICE);
        long withOldLink = current().version();
        JiraLink k2 = new JiraLink("k2", "jira", "NEW-2", "s", "Open", StatusCategory.NEW, null, null);
        JiraLink k1 = new JiraLink("k1", "jira", "NEW-1", "s", "Open", StatusCategory.NEW, null, null);
        maps.changeJiraLinks(id, m -> List.of(k1, k2), BOB);
        apply(ALICE, new MapOperation.DeleteCard("k2"));

        history.restore(id, withOldLink, ALICE);

        JourneyMap now = current();
        assertTrue(now.card("k2").isPresent());
        assertEquals(List.of(k1), now.jiraLinks());
    }

    @Test
    void deletingTheMap_deletesItsRevisions() {
        maps.delete(id);

        assertEquals(List.of(), history.revisions(id));
    }

    @Test
    void restore_ofAnUnknownVersion_isAnErrorOnVersion() {
        assertInvalid("version", "not a revision", () -> history.restore(id, 42, ALICE));
    }

    @Test
    void editorWithAnOlderBase_conflictsWithARestoreThatChangedTheSameCard() {
        JourneyMap v1 = current();
        String lane = v1.lanes().get(0).id();
        String step = v1.steps().findFirst().orElseThrow().id();
        apply(ALICE, addCard("k1", lane, step, "one"));
        long v2 = current().version();
        apply(BOB, text("k1", "two"));
        long bobsBase = current().version();
        history.restore(id, v2, ALICE);

        BatchResult r = maps.applyBatch(id, bobsBase, List.of(text("k1", "bob's")), BOB);
        BatchResult other = maps.applyBatch(id, bobsBase, List.of(addCard("k9", lane, step, "merges")), BOB);

        assertEquals("card", assertInstanceOf(BatchResult.Conflicted.class, r).conflicts().get(0).elementType());
        assertInstanceOf(BatchResult.Applied.class, other);
        assertEquals("one", current().card("k1").orElseThrow().text());
    }

    @Test
    void compare_listsWhatChanged_andNamesAnUnknownSide() {
        JourneyMap v1 = current();
        String lane = v1.lanes().get(0).id();
        String step = v1.steps().findFirst().orElseThrow().id();
        apply(ALICE, addCard("k1", lane, step, "one"));

        HistoryService.Comparison c = history.compare(id, 1, 2);

        assertEquals(List.of("k1"), c.changes().cards().added());
        assertEquals(1, c.from().map().version());
        assertEquals(2, c.to().map().version());
        assertInvalid("from", "not a revision", () -> history.compare(id, 7, 2));
        assertInvalid("to", "not a revision", () -> history.compare(id, 1, 7));
    }
}
