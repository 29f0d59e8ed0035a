package io.journeymaps.lifecycle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.journeymaps.testsupport.db.PluginSchema;
import io.journeymaps.map.MapVersionListener;
import io.journeymaps.comment.model.Anchor;
import io.journeymaps.comment.model.Comment;
import io.journeymaps.comment.store.AoCommentStore;
import io.journeymaps.comment.store.CommentEntity;
import io.journeymaps.history.RevisionRepository;
import io.journeymaps.history.store.AoRevisionStore;
import io.journeymaps.history.store.RevisionEntity;
import io.journeymaps.host.UserRef;
import io.journeymaps.jira.PendingCreate;
import io.journeymaps.jira.store.AoPendingCreates;
import io.journeymaps.jira.store.JiraPendingEntity;
import io.journeymaps.map.TestMaps;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.store.AoMapStore;
import io.journeymaps.map.store.MapEntity;
import io.journeymaps.persona.store.PersonaEntity;
import io.journeymaps.standalone.storage.EntityManagerAoDatabase;
import io.journeymaps.storage.AoDatabase;
import io.journeymaps.storage.Entities;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

/** Page copy, trash, restore and purge over the real stores on a real database; one subclass per database. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(LifecycleStoreScenarios.Schema.class)
public abstract class LifecycleStoreScenarios {
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final Instant T = Instant.parse("2026-02-03T04:05:06.789Z");

    private EntityManager entityManager;   // injected by the runner
    private AoDatabase db;
    private AoMapStore maps;
    private AoCommentStore comments;
    private AoPendingCreates pending;
    private PageLifecycle lifecycle;

    public static final class Schema extends PluginSchema {
    }

    @Before
    public void setUp() {
        db = new EntityManagerAoDatabase(entityManager);
        maps = new AoMapStore(db);
        comments = new AoCommentStore(db);
        pending = new AoPendingCreates(db);
        lifecycle = lifecycle(new AoRevisionStore(db));
    }

    private PageLifecycle lifecycle(RevisionRepository revisions) {
        return new PageLifecycle(maps, new MapPurge(maps, comments, revisions, pending), MapVersionListener.NONE);
    }

    /** A map on the page with a comment thread, a revision and a pending Jira create, like a used map has. */
    private JourneyMap usedMap(long pageId, String macroKey) {
        JourneyMap map = maps.insert(LifecycleMaps.sampleOn(pageId, "DS", macroKey), ALICE);
        Comment root = comments.insert(new Comment(0, map.id(), new Anchor(Anchor.Type.CARD, "c2"), null, "bob",
                "Why is this slow?", T, null, false));
        comments.insert(new Comment(0, map.id(), root.anchor(), root.id(), "alice", "Looking", T, null, false));
        Map<String, Object> revision = new LinkedHashMap<>();
        revision.put("MAP_ID", map.id());
        revision.put("VERSION", 1L);
        revision.put("AUTHOR", "alice");
        revision.put("CREATED", Date.from(T));
        revision.put("SUMMARY", "Created");
        revision.put("SNAPSHOT", "{}");
        db.create(RevisionEntity.class, revision);
        pending.add(new PendingCreate(map.id(), "c1", "jira1", "jm" + map.id() + "abcdef0123456", "SHOP", T));
        return map;
    }

    private JourneyMap mapOf(long pageId, String macroKey) {
        return maps.findByPageAndMacroKey(pageId, macroKey).flatMap(maps::load).orElseThrow();
    }

    private int rows(Class<? extends RawEntity<?>> type, long mapId) {
        String column = type == MapEntity.class ? "ID" : "MAP_ID";
        @SuppressWarnings({"unchecked", "rawtypes"})
        int count = db.count((Class) type, Query.select().where(column + " = ?", mapId));
        return count;
    }

    @Test
    public void copy_inTheSameSpace_forksEachMapWithPersonas_butNoCommentsOrJiraLinks() {
        JourneyMap a = usedMap(1001, "lc-a");
        JourneyMap b = usedMap(1001, "lc-b");

        List<JourneyMap> created = lifecycle.pageCopied(1001, 1002, "DS", ALICE);

        assertEquals(2, created.size());
        for (JourneyMap original : List.of(a, b)) {
            JourneyMap fork = mapOf(1002, original.header().macroKey());
            assertNotEquals(original.id(), fork.id());
            assertEquals(1002, fork.header().pageId());
            assertEquals(original.cards().size(), fork.cards().size());
            assertEquals(original.cards().get(1).details(), fork.cards().get(1).details());
            assertEquals(List.of(TestMaps.PERSONA), fork.personaIds());
            assertEquals(List.of(), fork.jiraLinks());
            assertEquals(List.of(), comments.ofMap(fork.id()));
            assertEquals(List.of(), pending.ofMap(fork.id()));
            assertEquals(0, rows(RevisionEntity.class, fork.id()));
            assertEquals(1, maps.load(original.id()).orElseThrow().jiraLinks().size());
            assertEquals(2, comments.ofMap(original.id()).size());
        }
    }

    @Test
    public void copy_toAnotherSpace_dropsPersonaLinks() {
        usedMap(1011, "lc-c");

        lifecycle.pageCopied(1011, 1012, "OTHER", ALICE);

        JourneyMap fork = mapOf(1012, "lc-c");
        assertEquals("OTHER", fork.header().spaceKey());
        assertEquals(List.of(), fork.personaIds());
        assertTrue(fork.emotions().stream().allMatch(e -> e.personaId() == null));
    }

    @Test
    public void copy_isIdempotent_andRespectsAMapForkedOnRender() {
        usedMap(1021, "lc-d");
        usedMap(1021, "lc-e");
        JourneyMap rendered = maps.insert(LifecycleMaps.sampleOn(1022, "DS", "lc-d"), ALICE);

        lifecycle.pageCopied(1021, 1022, "DS", ALICE);
        lifecycle.pageCopied(1021, 1022, "DS", ALICE);

        assertEquals(2, maps.headersOfPage(1022).size());
        assertEquals(rendered.id(), mapOf(1022, "lc-d").id());
    }

    @Test
    public void trashAndRestore_keepEverything() {
        JourneyMap map = usedMap(1031, "lc-f");

        lifecycle.pageTrashed(1031);
        lifecycle.pageRestored(1031);

        assertEquals(map, maps.load(map.id()).orElseThrow());
        assertEquals(2, comments.ofMap(map.id()).size());
        assertEquals(1, rows(RevisionEntity.class, map.id()));
        assertEquals(1, pending.ofMap(map.id()).size());
    }

    @Test
    public void purge_removesEveryRowOfThePagesMaps_andLeavesOtherPages() {
        JourneyMap a = usedMap(1041, "lc-g");
        JourneyMap b = usedMap(1041, "lc-h");
        lifecycle.pageCopied(1041, 1042, "DS", ALICE);
        JourneyMap other = usedMap(1043, "lc-i");

        assertEquals(2, lifecycle.pagePurged(1041));

        for (JourneyMap gone : List.of(a, b)) {
            for (Class<? extends RawEntity<?>> type : Entities.all()) {
                if (type != PersonaEntity.class) {
                    assertEquals(type.getSimpleName(), 0, rows(type, gone.id()));
                }
            }
        }
        assertEquals(2, maps.headersOfPage(1042).size());
        assertEquals(other, maps.load(other.id()).orElseThrow());
        assertEquals(2, comments.ofMap(other.id()).size());
        assertEquals(1, rows(RevisionEntity.class, other.id()));
        assertEquals(1, pending.ofMap(other.id()).size());
    }

    /** Committed for real: a purge that fails half-way leaves the map and all its data as they were. */
    @Test
    @NonTransactional
    public void purge_thatFailsHalfWay_rollsEverythingBack() {
        long page = 5_000_000 + System.nanoTime() % 1_000_000;
        JourneyMap map = db.inTransaction(() -> usedMap(page, "lc-rollback-" + page));
        RevisionRepository failing = new AoRevisionStore(db) {
            @Override
            public void deleteOfMap(long mapId) {
                throw new IllegalStateException("revision store down");
            }
        };
        try {
            assertThrows(IllegalStateException.class, () -> lifecycle(failing).pagePurged(page));

            assertEquals(Optional.of(map), maps.load(map.id()));
            assertEquals(2, comments.ofMap(map.id()).size());
            assertEquals(1, pending.ofMap(map.id()).size());
            assertEquals(1, rows(RevisionEntity.class, map.id()));
        } finally {
            lifecycle.pagePurged(page);
        }
        assertEquals(0, rows(MapEntity.class, map.id()));
        assertEquals(0, rows(CommentEntity.class, map.id()));
    }
}
