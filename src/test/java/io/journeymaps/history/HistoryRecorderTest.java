package io.journeymaps.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.journeymaps.history.model.Revision;
import io.journeymaps.history.model.RevisionKind;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.StoredVersion;
import io.journeymaps.map.TestMaps;
import io.journeymaps.map.json.MapSnapshotJson;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;

class HistoryRecorderTest {
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final UserRef BOB = new UserRef("bob", "Bob");
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private final InMemoryRevisionRepository revisions = new InMemoryRevisionRepository();
    private final HistoryRecorder recorder = new HistoryRecorder(revisions, HistorySettings.withPause(Duration.ofMinutes(5)));
    private JourneyMap current;

    private void create() {
        current = at(TestMaps.sample(), 1, T0);
        recorder.versionStored(new StoredVersion(null, current, ALICE, StoredVersion.Kind.CREATE, "SaaS onboarding"));
    }

    private void edit(UserRef who, Instant when, java.util.function.UnaryOperator<JourneyMap> change) {
        JourneyMap after = at(change.apply(current), current.version() + 1, when);
        recorder.versionStored(StoredVersion.edit(current, after, who));
        current = after;
    }

    private static JourneyMap at(JourneyMap map, long version, Instant when) {
        return map.withHeader(map.header().withVersion(version, when));
    }

    private static JourneyMap editCard(JourneyMap map, String cardId, String text) {
        List<Card> cards = new ArrayList<>(map.cards());
        cards.replaceAll(c -> c.id().equals(cardId) ? c.withDetails(c.details().with(CardField.TEXT, text)) : c);
        return map.withCards(cards);
    }

    private static JourneyMap addCard(JourneyMap map, String cardId, String stepId) {
        List<Card> cards = new ArrayList<>(map.cards());
        cards.add(new Card(cardId, "act", stepId, CardDetails.of(Map.of(CardField.TEXT, "new " + cardId))));
        return map.withCards(cards);
    }

    private static JourneyMap deleteCard(JourneyMap map, String cardId) {
        return map.withCards(map.cards().stream().filter(c -> !c.id().equals(cardId)).toList());
    }

    private List<Revision> list() {
        return revisions.list(current.id());
    }

    @Test
    void create_recordsVersionOneWithTheTemplateName() {
        create();

        assertEquals(List.of(new Revision(42, 1, "alice", T0, "Map created from template “SaaS onboarding”", RevisionKind.CREATE)), list());
    }

    @Test
    void editsBySameAuthorWithinThePause_replaceTheNewestRevision() {
        create();
        edit(ALICE, T0.plusSeconds(10), m -> editCard(m, "c1", "one"));
        edit(ALICE, T0.plusSeconds(200), m -> editCard(m, "c3", "two"));
        edit(ALICE, T0.plusSeconds(490), m -> editCard(m, "c2", "three"));

        List<Revision> all = list();
        assertEquals(2, all.size());
        assertEquals(new Revision(42, 4, "alice", T0.plusSeconds(490), "3 cards edited in Awareness", RevisionKind.EDIT), all.get(0));
        assertEquals(1, all.get(1).version());
        assertEquals(current, MapSnapshotJson.fromJson(revisions.get(42, 4).orElseThrow().snapshotJson()));
        assertEquals(2, revisions.inserts);
        assertEquals(2, revisions.replaces);
    }

    @Test
    void editByAnotherAuthor_makesANewRevision() {
        create();
        edit(ALICE, T0.plusSeconds(10), m -> editCard(m, "c1", "one"));
        edit(BOB, T0.plusSeconds(20), m -> editCard(m, "c1", "two"));

        assertEquals(List.of(3L, 2L, 1L), list().stream().map(Revision::version).toList());
        assertEquals("bob", list().get(0).author());
        assertEquals("1 card edited in Awareness", list().get(0).summary());
    }

    @Test
    void editAfterThePause_makesANewRevision() {
        create();
        edit(ALICE, T0.plusSeconds(10), m -> editCard(m, "c1", "one"));
        edit(ALICE, T0.plusSeconds(10).plus(Duration.ofMinutes(5)), m -> editCard(m, "c3", "two"));

        assertEquals(List.of(3L, 2L, 1L), list().stream().map(Revision::version).toList());
    }

    @Test
    void pauseIsMeasuredFromTheSessionsLastEdit() {
        create();
        edit(ALICE, T0.plusSeconds(10), m -> editCard(m, "c1", "one"));
        edit(ALICE, T0.plusSeconds(250), m -> editCard(m, "c1", "two"));
        edit(ALICE, T0.plusSeconds(500), m -> editCard(m, "c1", "three"));

        assertEquals(List.of(4L, 1L), list().stream().map(Revision::version).toList());
    }

    @Test
    void editAfterARestoreOrCreate_isNeverCoalescedIntoIt() {
        create();
        edit(ALICE, T0.plusSeconds(1), m -> editCard(m, "c1", "one"));
        JourneyMap restored = at(TestMaps.sample(), 3, T0.plusSeconds(2));
        recorder.versionStored(new StoredVersion(current, restored, ALICE, StoredVersion.Kind.RESTORE, "1"));
        current = restored;
        edit(ALICE, T0.plusSeconds(3), m -> editCard(m, "c1", "again"));

        assertEquals(List.of(4L, 3L, 2L, 1L), list().stream().map(Revision::version).toList());
        assertEquals(RevisionKind.RESTORE, list().get(1).kind());
        assertEquals("Restored version 1", list().get(1).summary());
    }

    @Test
    void restoreRightAfterAnEdit_isANewRevisionNotAReplacement() {
        create();
        edit(ALICE, T0.plusSeconds(1), m -> editCard(m, "c1", "one"));
        JourneyMap restored = at(TestMaps.sample(), 3, T0.plusSeconds(2));
        recorder.versionStored(new StoredVersion(current, restored, ALICE, StoredVersion.Kind.RESTORE, "1"));

        assertEquals(List.of(3L, 2L, 1L), revisions.list(42).stream().map(Revision::version).toList());
    }

    @Test
    void sessionSummary_countsNetChanges_addedThenDeletedIsNothing() {
        create();
        edit(ALICE, T0.plusSeconds(1), m -> addCard(addCard(m, "n1", "st1"), "n2", "st3"));
        edit(ALICE, T0.plusSeconds(2), m -> deleteCard(m, "n2"));
        edit(ALICE, T0.plusSeconds(3), m -> editCard(m, "n1", "edited after adding"));
        edit(ALICE, T0.plusSeconds(4), m -> deleteCard(m, "c3"));

        assertEquals("1 card added in Awareness, 1 card deleted", list().get(0).summary());
    }

    @Test
    void summary_namesASingleStageAdded() {
        create();
        edit(ALICE, T0.plusSeconds(1), m -> {
            List<Stage> stages = new ArrayList<>(m.stages());
            stages.add(new Stage("S3", "Support", false, List.of(new Step("st9", "Call", false))));
            return m.withStages(stages);
        });

        assertEquals("Stage “Support” added, step “Call” added", list().get(0).summary());
    }

    @Test
    void summary_ofCardsInSeveralStages_hasNoStageName() {
        create();
        edit(ALICE, T0.plusSeconds(1), m -> addCard(addCard(m, "n1", "st1"), "n2", "st3"));
        edit(ALICE, T0.plusSeconds(2), m -> deleteCard(m, "c1"));

        assertEquals("2 cards added, 1 card deleted", list().get(0).summary());
    }

    @Test
    void summary_ofDetailsEmotionsAndLinks() {
        create();
        edit(ALICE, T0.plusSeconds(1), m -> m.withHeader(new io.journeymaps.map.model.MapHeader(m.header().pageId(),
                        m.header().spaceKey(), m.header().macroKey(), "New title", m.header().goal(), m.header().journeyType(),
                        m.header().state(), null, m.header().salesCycle(), m.header().owner(), m.header().direction(),
                        m.header().language(), m.header().templateId(), m.version(), m.header().created(), m.header().updated()))
                .withEmotions(List.of())
                .withJiraLinks(List.of()));

        assertEquals("Jira links changed on 1 card, map details edited, emotion curve edited", list().get(0).summary());
    }

    @Test
    void newestRevisionAlwaysEqualsTheCurrentMap() {
        create();
        edit(ALICE, T0.plusSeconds(1), m -> editCard(m, "c1", "a"));
        edit(BOB, T0.plusSeconds(2), m -> editCard(m, "c1", "b"));
        edit(BOB, T0.plusSeconds(3), m -> deleteCard(m, "c3"));

        Revision newest = list().get(0);
        assertEquals(current.version(), newest.version());
        assertEquals(current, MapSnapshotJson.fromJson(revisions.get(42, newest.version()).orElseThrow().snapshotJson()));
    }
}
