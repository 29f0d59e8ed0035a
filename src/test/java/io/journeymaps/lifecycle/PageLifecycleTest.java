package io.journeymaps.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.journeymaps.comment.CommentRepository;
import io.journeymaps.common.NotFoundException;
import io.journeymaps.history.RevisionRepository;
import io.journeymaps.host.UserRef;
import io.journeymaps.jira.InMemoryPendingCreates;
import io.journeymaps.jira.PendingCreate;
import io.journeymaps.map.StoredVersion;
import io.journeymaps.map.TestMaps;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.JourneyMap;
import org.junit.jupiter.api.Test;

class PageLifecycleTest {
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final long SOURCE = 100L;
    private static final long COPY = 200L;

    private final TransactionCountingMaps maps = new TransactionCountingMaps();
    private final CommentRepository comments = mock(CommentRepository.class);
    private final RevisionRepository revisions = mock(RevisionRepository.class);
    private final InMemoryPendingCreates pending = new InMemoryPendingCreates();
    private final MapPurge purge = new MapPurge(maps, comments, revisions, pending);
    private final List<StoredVersion> recorded = new java.util.ArrayList<>();
    private final PageLifecycle lifecycle = new PageLifecycle(maps, purge, recorded::add);

    private JourneyMap onPage(long pageId, String spaceKey, String macroKey) {
        return maps.insert(LifecycleMaps.sampleOn(pageId, spaceKey, macroKey), ALICE);
    }

    private JourneyMap mapOf(long pageId, String macroKey) {
        return maps.findByPageAndMacroKey(pageId, macroKey).flatMap(maps::load).orElseThrow();
    }

    @Test
    void pageCopied_givesTheCopyItsOwnMapForEachMap_underTheSameKeys() {
        JourneyMap a = onPage(SOURCE, "DS", "key-a");
        JourneyMap b = onPage(SOURCE, "DS", "key-b");

        List<JourneyMap> created = lifecycle.pageCopied(SOURCE, COPY, "DS", ALICE);

        assertEquals(2, created.size());
        assertEquals(1, maps.started, "one transaction for the whole copy");
        assertEquals(created.stream().map(JourneyMap::id).toList(),
                recorded.stream().map(v -> v.after().id()).toList(), "each fork starts its history with a revision");
        assertTrue(recorded.stream().allMatch(v -> v.kind() == StoredVersion.Kind.CREATE && v.before() == null));
        for (JourneyMap original : List.of(a, b)) {
            JourneyMap fork = mapOf(COPY, original.header().macroKey());
            assertNotEquals(original.id(), fork.id());
            assertEquals(COPY, fork.header().pageId());
            assertEquals(original.header().title(), fork.header().title());
            assertEquals(texts(original), texts(fork));
            assertTrue(disjoint(ids(original), ids(fork)), "the fork's elements have their own ids");
            assertEquals(original, maps.load(original.id()).orElseThrow(), "the original is untouched");
        }
    }

    @Test
    void pageCopied_inTheSameSpace_keepsPersonas_butNotJiraLinks() {
        onPage(SOURCE, "DS", "key-a");

        lifecycle.pageCopied(SOURCE, COPY, "DS", ALICE);

        JourneyMap fork = mapOf(COPY, "key-a");
        assertEquals(List.of(TestMaps.PERSONA), fork.personaIds());
        assertTrue(fork.emotions().stream().anyMatch(e -> TestMaps.PERSONA == (e.personaId() == null ? 0 : e.personaId())));
        assertEquals(List.of(), fork.jiraLinks(), "Jira links stay with the original");
        assertEquals(1, mapOf(SOURCE, "key-a").jiraLinks().size());
    }

    @Test
    void pageCopied_toAnotherSpace_dropsPersonasAndTheirEmotionScores() {
        onPage(SOURCE, "DS", "key-a");

        lifecycle.pageCopied(SOURCE, COPY, "OTHER", ALICE);

        JourneyMap fork = mapOf(COPY, "key-a");
        assertEquals("OTHER", fork.header().spaceKey());
        assertEquals(List.of(), fork.personaIds());
        assertTrue(fork.emotions().stream().allMatch(e -> e.personaId() == null));
        assertEquals(1, fork.emotions().size());
    }

    @Test
    void pageCopied_copiesNoComments() {
        onPage(SOURCE, "DS", "key-a");

        lifecycle.pageCopied(SOURCE, COPY, "DS", ALICE);

        verify(comments, never()).insert(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void pageCopied_twice_orAfterForkOnRender_createsNothingMore() {
        onPage(SOURCE, "DS", "key-a");
        onPage(SOURCE, "DS", "key-b");
        JourneyMap forkedOnRender = onPage(COPY, "DS", "key-a");

        List<JourneyMap> first = lifecycle.pageCopied(SOURCE, COPY, "DS", ALICE);
        List<JourneyMap> second = lifecycle.pageCopied(SOURCE, COPY, "DS", ALICE);

        assertEquals(List.of("key-b"), first.stream().map(m -> m.header().macroKey()).toList());
        assertEquals(List.of(), second);
        assertEquals(2, maps.headersOfPage(COPY).size());
        assertEquals(forkedOnRender.id(), mapOf(COPY, "key-a").id());
    }

    @Test
    void pageCopied_ofAPageWithoutMaps_createsNothing() {
        assertEquals(List.of(), lifecycle.pageCopied(SOURCE, COPY, "DS", ALICE));
        assertEquals(List.of(), maps.headersOfPage(COPY));
    }

    @Test
    void trashAndRestore_keepTheMapsUnchanged() {
        JourneyMap map = onPage(SOURCE, "DS", "key-a");

        lifecycle.pageTrashed(SOURCE);
        assertEquals(map, maps.load(map.id()).orElseThrow());
        lifecycle.pageRestored(SOURCE);

        assertEquals(map, maps.load(map.id()).orElseThrow());
        verify(comments, never()).deleteOfMap(anyLong());
        verify(revisions, never()).deleteOfMap(anyLong());
    }

    @Test
    void pagePurged_removesThePagesMapsWithCommentsRevisionsAndPendingCreates_inOneTransaction() {
        JourneyMap a = onPage(SOURCE, "DS", "key-a");
        JourneyMap b = onPage(SOURCE, "DS", "key-b");
        JourneyMap other = onPage(COPY, "DS", "key-a");
        pending.add(new PendingCreate(a.id(), "c2", "jira1", "jm0000000000000001", "SHOP", Instant.now()));
        pending.add(new PendingCreate(other.id(), "c2", "jira1", "jm0000000000000002", "SHOP", Instant.now()));
        doAnswer(inv -> {
            assertTrue(maps.inTransactionNow(), "comments are deleted inside the purge's transaction");
            return null;
        }).when(comments).deleteOfMap(anyLong());

        int removed = lifecycle.pagePurged(SOURCE);

        assertEquals(2, removed);
        assertEquals(1, maps.started);
        assertEquals(List.of(), maps.headersOfPage(SOURCE));
        assertTrue(maps.load(a.id()).isEmpty() && maps.load(b.id()).isEmpty());
        verify(comments).deleteOfMap(a.id());
        verify(comments).deleteOfMap(b.id());
        verify(revisions).deleteOfMap(a.id());
        verify(revisions).deleteOfMap(b.id());
        assertEquals(List.of(), pending.ofMap(a.id()));
        assertEquals(other, maps.load(other.id()).orElseThrow(), "another page's map stays");
        assertEquals(1, pending.ofMap(other.id()).size());
        verify(comments, never()).deleteOfMap(other.id());
    }

    @Test
    void purge_ofAnUnknownMap_isNotFound_andTouchesNothing() {
        assertThrows(NotFoundException.class, () -> purge.purge(987));

        verify(comments, never()).deleteOfMap(anyLong());
        verify(revisions, never()).deleteOfMap(anyLong());
    }

    @Test
    void purge_ofAMap_removesItsCommentsAndRevisions() {
        JourneyMap map = onPage(SOURCE, "DS", "key-a");

        purge.purge(map.id());

        assertTrue(maps.load(map.id()).isEmpty());
        verify(comments).deleteOfMap(map.id());
        verify(revisions).deleteOfMap(map.id());
    }

    private static List<String> texts(JourneyMap m) {
        return m.cards().stream().map(Card::details).map(Object::toString).toList();
    }

    private static Set<String> ids(JourneyMap m) {
        Set<String> ids = m.cards().stream().map(Card::id).collect(Collectors.toSet());
        m.stages().forEach(s -> {
            ids.add(s.id());
            s.steps().forEach(st -> ids.add(st.id()));
        });
        m.lanes().forEach(l -> ids.add(l.id()));
        return ids;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }
}
