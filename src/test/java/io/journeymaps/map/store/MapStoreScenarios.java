package io.journeymaps.map.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.journeymaps.testsupport.db.PluginSchema;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.ConcurrentMapUpdateException;
import io.journeymaps.map.DuplicateMapException;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;
import io.journeymaps.standalone.storage.EntityManagerAoDatabase;
import io.journeymaps.storage.AoDatabase;
import io.journeymaps.storage.Entities;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

/** The map store on a real database; one subclass per database picks it with @Jdbc. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(MapStoreScenarios.Schema.class)
public abstract class MapStoreScenarios {
    static final UserRef ALICE = new UserRef("alice-key", "Alice");
    static final UserRef BOB = new UserRef("bob-key", "Bob");

    private EntityManager entityManager;   // injected by the runner
    private AoDatabase db;
    private AoMapStore store;

    public static final class Schema extends PluginSchema {
    }

    @Before
    public void setUp() {
        db = new EntityManagerAoDatabase(entityManager);
        store = new AoMapStore(db);
    }

    private String database() {
        return getClass().getSimpleName().replace("MapStoreTest", "");
    }

    @Test
    public void insertThenLoad_roundTripsEveryLaneTypeAndCardField() {
        JourneyMap input = TestMaps.everyLaneAndField(100, "macro-rt");

        JourneyMap inserted = store.insert(input, ALICE);
        JourneyMap loaded = store.load(inserted.id()).orElseThrow();

        assertTrue(inserted.id() > 0);
        assertEquals(1, loaded.version());
        assertEquals(inserted, loaded);
        assertEquals(TestMaps.CREATED, loaded.header().created());
        assertNotNull(loaded.header().updated());
        assertEquals(input.header().withVersion(1, loaded.header().updated()), loaded.header());
        assertEquals(input.stages(), loaded.stages());
        assertEquals(input.lanes(), loaded.lanes());
        assertEquals(LaneType.values().length, loaded.lanes().size());
        assertEquals(input.cards(), loaded.cards());
        assertEquals(CardField.values().length, loaded.card("c-all").orElseThrow().details().asMap().size());
        assertEquals(36.75, loaded.card("c-all").orElseThrow().details().doubleValue(CardField.METRIC_ACTUAL), 0.0);
        assertEquals(Set.copyOf(input.emotions()), Set.copyOf(loaded.emotions()));
        assertEquals(List.of(7L, 3L), loaded.personaIds());
        assertEquals(input.jiraLinks(), loaded.jiraLinks());
        assertEquals(Optional.of(1L), store.version(inserted.id()));
    }

    @Test
    public void load_ofUnknownMap_isEmpty() {
        assertEquals(Optional.empty(), store.load(987_654));
        assertEquals(Optional.empty(), store.version(987_654));
    }

    @Test
    public void saveBatch_writesOnlyTheChangedRowsAndBumpsTheVersion() {
        JourneyMap v1 = store.insert(TestMaps.withCards(101, "macro-diff", 200), ALICE);
        Card edited = v1.cards().get(10);
        Card removed = v1.cards().get(23);   // last of its cell (4 per cell): no other card moves
        List<Card> cards = new ArrayList<>(v1.cards());
        cards.set(10, edited.withDetails(edited.details().with(CardField.TEXT, "edited")));
        cards.remove(removed);
        cards.add(new Card("card-new", "lane-actions", "step-9", edited.details().with(CardField.TEXT, "new")));
        JourneyMap after = v1.withCards(cards);

        List<String> sql = recordSql(() -> store.saveBatch(v1, after, Set.of("card:" + edited.id()), BOB));
        JourneyMap v2 = store.load(v1.id()).orElseThrow();

        assertEquals(2, v2.version());
        assertEquals("edited", v2.card(edited.id()).orElseThrow().text());
        assertFalse(v2.card(removed.id()).isPresent());
        assertEquals("new", v2.card("card-new").orElseThrow().text());
        assertEquals(v1.cards().size(), v2.cards().size());
        assertEquals(1, count(sql, s -> s.startsWith("UPDATE") && s.contains("_CARD")));
        assertEquals(1, count(sql, s -> s.startsWith("DELETE") && s.contains("_CARD")));
        assertEquals(1, count(sql, s -> s.startsWith("INSERT") && s.contains("_CARD")));
        // Two writes of the map row: the first takes its write lock, the last stores version and header.
        assertEquals(2, count(sql, s -> s.startsWith("UPDATE") && s.contains("_MAP")));
        for (String other : List.of("_STAGE", "_STEP", "_LANE", "_EMOTION", "_MAP_PERSONA", "_JIRA_LINK")) {
            assertEquals(sql.toString(), 0, count(sql, s -> !s.startsWith("SELECT") && s.contains(other + " ")
                    || !s.startsWith("SELECT") && s.contains(other + "\"")));
        }
        System.out.printf("[%s] saveBatch of 1 edit + 1 insert + 1 delete on a 200-card map: %d statements%n",
                database(), sql.size());
    }

    @Test
    public void saveBatch_returnsWhatALaterLoadReturns_forStructureChanges() {
        JourneyMap v1 = store.insert(TestMaps.everyLaneAndField(102, "macro-struct"), ALICE);
        Stage first = v1.stages().get(0);
        List<Step> steps = new ArrayList<>(first.steps());
        steps.add(0, new Step("s-new", "New first step", false));
        List<Lane> lanes = new ArrayList<>(v1.lanes());
        Lane moved = lanes.remove(0);
        lanes.add(moved.withName("Moved to the end"));
        JourneyMap after = v1.withStages(List.of(v1.stages().get(1), first.withSteps(steps).withName("Renamed")))
                .withLanes(lanes)
                .withEmotions(List.of(new EmotionScore("s-new", 7L, 2), new EmotionScore("s1", null, 1)))
                .withPersonaIds(List.of(3L, 9L))
                .withJiraLinks(v1.jiraLinks().subList(0, 1))
                .withHeader(v1.header().withPage(555, "NEWSPACE"));

        JourneyMap saved = store.saveBatch(v1, after, Set.of("stage:st-aware", "lane:" + moved.id()), BOB);

        assertEquals(saved, store.load(v1.id()).orElseThrow());
        assertEquals(555, saved.header().pageId());
        assertEquals(List.of("st-buy", "st-aware"), saved.stages().stream().map(Stage::id).toList());
        assertEquals("s-new", saved.stages().get(1).steps().get(0).id());
        assertEquals(List.of(3L, 9L), saved.personaIds());
        assertEquals(2, saved.emotions().size());
    }

    @Test
    public void changedTargetsSince_returnsTheTargetsOfLaterBatches() {
        JourneyMap v1 = store.insert(TestMaps.withCards(103, "macro-targets", 10), ALICE);
        JourneyMap v2 = store.saveBatch(v1, rename(v1, 0, "a"), Set.of("card:card-0.text"), ALICE);
        JourneyMap v3 = store.saveBatch(v2, rename(v2, 1, "b"), Set.of("card:card-1.text", "lane:lane-actions"), BOB);

        assertEquals(3, v3.version());
        assertEquals(Set.of("card:card-0.text", "card:card-1.text", "lane:lane-actions"),
                store.changedTargetsSince(v1.id(), 1));
        assertEquals(Set.of("card:card-1.text", "lane:lane-actions"), store.changedTargetsSince(v1.id(), 2));
        assertEquals(Set.of(), store.changedTargetsSince(v1.id(), 3));
    }

    @Test
    public void saveBatch_fromAStaleVersion_failsAndWritesNothing() {
        JourneyMap v1 = store.insert(TestMaps.withCards(104, "macro-stale", 10), ALICE);
        store.saveBatch(v1, rename(v1, 0, "first"), Set.of("card:card-0.text"), ALICE);

        assertThrows(ConcurrentMapUpdateException.class,
                () -> store.saveBatch(v1, rename(v1, 1, "stale"), Set.of("card:card-1.text"), BOB));

        JourneyMap now = store.load(v1.id()).orElseThrow();
        assertEquals(2, now.version());
        assertEquals("Card 1", now.card("card-1").orElseThrow().text());
        assertEquals(Set.of("card:card-0.text"), store.changedTargetsSince(v1.id(), 1));
    }

    /**
     * A commits version 2 slowly; B starts from version 1 while A's transaction is still open.
     * Whatever the database does (B waits on A's lock, or collides on BATCH_KEY), exactly one wins.
     */
    @Test
    @NonTransactional
    public void concurrentSaveBatch_onTheSameVersion_exactlyOneWins() throws Exception {
        JourneyMap v1 = store.insert(TestMaps.withCards(105, "macro-race", 10), ALICE);
        CountDownLatch aWrote = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<JourneyMap> a = pool.submit(() -> db.inTransaction(() -> {
                JourneyMap saved = store.saveBatch(v1, rename(v1, 0, "from A"), Set.of("card:card-0.text"), ALICE);
                aWrote.countDown();
                sleep(700);
                return saved;
            }));
            Future<JourneyMap> b = pool.submit(() -> {
                aWrote.await(10, TimeUnit.SECONDS);
                return store.saveBatch(v1, rename(v1, 1, "from B"), Set.of("card:card-1.text"), BOB);
            });

            assertEquals(2, a.get(30, TimeUnit.SECONDS).version());
            Exception bFailure = assertThrows(Exception.class, () -> b.get(30, TimeUnit.SECONDS));
            assertTrue(String.valueOf(bFailure.getCause()), bFailure.getCause() instanceof ConcurrentMapUpdateException);
            System.out.printf("[%s] losing writer: %s%n", database(), bFailure.getCause().getCause() == null
                    ? "saw version 2 once A committed" : "collided in the database: " + bFailure.getCause().getCause());
        } finally {
            pool.shutdownNow();
        }
        JourneyMap stored = store.load(v1.id()).orElseThrow();
        assertEquals(2, stored.version());
        assertEquals("from A", stored.card("card-0").orElseThrow().text());
        assertEquals("Card 1", stored.card("card-1").orElseThrow().text());
        assertEquals(Set.of("card:card-0.text"), store.changedTargetsSince(v1.id(), 1));
        assertEquals(2, db.count(BatchEntity.class, Query.select().where("MAP_ID = ?", v1.id())));
    }

    /** Two writers released together: whichever commits first wins, the other fails cleanly. */
    @Test
    @NonTransactional
    public void racingSaveBatches_leaveOneConsistentVersion() throws Exception {
        JourneyMap v1 = store.insert(TestMaps.withCards(106, "macro-race-2", 10), ALICE);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<JourneyMap>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                int card = i;
                results.add(pool.submit(() -> {
                    go.await();
                    return store.saveBatch(v1, rename(v1, card, "writer " + card), Set.of("card:card-" + card), ALICE);
                }));
            }
            go.countDown();
            int wins = 0;
            int conflicts = 0;
            for (Future<JourneyMap> r : results) {
                try {
                    r.get(30, TimeUnit.SECONDS);
                    wins++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(String.valueOf(e.getCause()), e.getCause() instanceof ConcurrentMapUpdateException);
                    conflicts++;
                }
            }
            assertEquals(1, wins);
            assertEquals(1, conflicts);
        } finally {
            pool.shutdownNow();
        }
        JourneyMap stored = store.load(v1.id()).orElseThrow();
        assertEquals(2, stored.version());
        long written = stored.cards().stream().filter(c -> c.text().startsWith("writer ")).count();
        assertEquals(1, written);
        assertEquals(1, store.changedTargetsSince(v1.id(), 1).size());
    }

    /** The database itself refuses a second batch for the same map version: the cross-node guard. */
    @Test
    @NonTransactional
    public void batchKey_isUniqueInTheDatabase() {
        JourneyMap v1 = store.insert(TestMaps.withCards(112, "macro-unique", 3), ALICE);
        java.util.Map<String, Object> duplicate = new java.util.HashMap<>();
        duplicate.put("MAP_ID", v1.id());
        duplicate.put("VERSION", 1L);
        duplicate.put("BATCH_KEY", v1.id() + ":1");

        RuntimeException failure = assertThrows(RuntimeException.class, () -> db.inTransaction(
                () -> db.create(BatchEntity.class, duplicate)));

        assertTrue(String.valueOf(failure), io.journeymaps.storage.SqlErrors.isWriteConflict(failure));
        assertEquals(1, db.count(BatchEntity.class, Query.select().where("MAP_ID = ?", v1.id())));
    }

    /** The database refuses a second map for a page and macro key; the first stays as it was. */
    @Test
    @NonTransactional
    public void insert_ofASecondMapForThePageAndMacroKey_isRefused() {
        JourneyMap first = store.insert(TestMaps.withCards(113, "macro-dup", 3), ALICE);

        DuplicateMapException refused = assertThrows(DuplicateMapException.class,
                () -> store.insert(TestMaps.withCards(113, "macro-dup", 5), BOB));
        DuplicateMapException imported = assertThrows(DuplicateMapException.class,
                () -> store.insertAtVersion(TestMaps.withCards(113, "macro-dup", 5), BOB, 7));

        assertEquals(113, refused.pageId());
        assertEquals("macro-dup", imported.macroKey());
        assertTrue(io.journeymaps.storage.SqlErrors.isUniqueViolation(refused));
        assertEquals(1, db.count(MapEntity.class, Query.select().where("PAGE_ID = ? AND MACRO_KEY = ?", 113L, "macro-dup")));
        assertEquals(first, store.load(first.id()).orElseThrow());
        assertEquals(Optional.of(first.id()), store.findByPageAndMacroKey(113, "macro-dup"));
        // The same key on another page, and another key on this page, are fine.
        assertTrue(store.insert(TestMaps.withCards(114, "macro-dup", 1), BOB).id() > first.id());
        assertTrue(store.insert(TestMaps.withCards(113, "macro-dup-2", 1), BOB).id() > first.id());
    }

    /** Moving a map onto a page and key another map holds is refused too; a move to a free one takes it. */
    @Test
    @NonTransactional
    public void saveBatch_movingAMapOntoATakenPageAndKey_isRefused() {
        JourneyMap holder = store.insert(TestMaps.withCards(115, "macro-held", 1), ALICE);
        JourneyMap mover = store.insert(TestMaps.withCards(116, "macro-held", 1), ALICE);

        assertThrows(DuplicateMapException.class, () -> store.saveBatch(mover,
                mover.withHeader(mover.header().withPage(115, "NEWSPACE")), Set.of("map:page"), BOB));
        JourneyMap moved = store.saveBatch(mover, mover.withHeader(mover.header().withPage(117, "NEWSPACE")),
                Set.of("map:page"), BOB);

        assertEquals(Optional.of(holder.id()), store.findByPageAndMacroKey(115, "macro-held"));
        assertEquals(Optional.of(moved.id()), store.findByPageAndMacroKey(117, "macro-held"));
        assertEquals(2, moved.version());
        assertThrows(DuplicateMapException.class, () -> store.insert(TestMaps.withCards(117, "macro-held", 1), BOB));
        assertTrue(store.insert(TestMaps.withCards(116, "macro-held", 1), BOB).id() > moved.id());
    }

    @Test
    public void delete_removesEveryRowOfTheMap() {
        JourneyMap keep = store.insert(TestMaps.everyLaneAndField(107, "macro-keep"), ALICE);
        JourneyMap gone = store.insert(TestMaps.everyLaneAndField(107, "macro-gone"), ALICE);
        store.saveBatch(gone, rename(gone, 0, "x"), Set.of("card:x"), ALICE);

        store.delete(gone.id());

        assertEquals(Optional.empty(), store.load(gone.id()));
        for (Class<? extends RawEntity<?>> type : Entities.all()) {
            if (type != MapEntity.class && type != io.journeymaps.persona.store.PersonaEntity.class) {
                assertEquals(type.getSimpleName(), 0, countRows(type, gone.id()));
            }
        }
        assertEquals(keep, store.load(keep.id()).orElseThrow());
        assertTrue(countRows(CardEntity.class, keep.id()) > 0);
    }

    @Test
    public void headersAndLookups_findMapsByPageAndMacroKey() {
        JourneyMap a = store.insert(TestMaps.withCards(108, "macro-a", 3), ALICE);
        JourneyMap b = store.insert(TestMaps.withCards(108, "macro-b", 3), ALICE);
        store.insert(TestMaps.withCards(109, "macro-c", 3), ALICE);

        List<JourneyMap> headers = store.headersOfPage(108);

        assertEquals(List.of(a.id(), b.id()), headers.stream().map(JourneyMap::id).toList());
        assertEquals(a.header(), headers.get(0).header());
        assertTrue(headers.get(0).cards().isEmpty());
        assertEquals(Optional.of(b.id()), store.findByPageAndMacroKey(108, "macro-b"));
        assertEquals(Optional.empty(), store.findByPageAndMacroKey(109, "macro-b"));
        assertEquals(Optional.of(a.id()), store.findAnyByMacroKey("macro-a"));
        assertEquals(Optional.empty(), store.findAnyByMacroKey("macro-none"));
    }

    /** Loading costs the same few queries for 10 and for 5,000 cards (no N+1). */
    @Test
    public void load_costsAFixedNumberOfQueries_whateverTheMapSize() {
        JourneyMap small = store.insert(TestMaps.withCards(110, "macro-small", 10), ALICE);
        long insertStart = System.nanoTime();
        List<String> insertSql = recordSql(() -> store.insert(TestMaps.withCards(110, "macro-large", 5_000), ALICE));
        long insertMs = (System.nanoTime() - insertStart) / 1_000_000;
        long largeId = store.findByPageAndMacroKey(110, "macro-large").orElseThrow();
        entityManager.flushAll();

        List<String> smallSql = recordSql(() -> store.load(small.id()));
        long loadStart = System.nanoTime();
        JourneyMap[] large = new JourneyMap[1];
        List<String> largeSql = recordSql(() -> large[0] = store.load(largeId).orElseThrow());
        long loadMs = (System.nanoTime() - loadStart) / 1_000_000;

        System.out.printf("[%s] load: 10 cards → %d statements, 5,000 cards → %d statements (%d ms); "
                        + "insert of 5,000 cards: %d statements, %d ms%n",
                database(), smallSql.size(), largeSql.size(), loadMs, insertSql.size(), insertMs);
        assertEquals(5_000, large[0].cards().size());
        assertEquals(smallSql.size(), largeSql.size());
        assertTrue(largeSql.toString(), largeSql.size() <= 12);
        assertTrue(largeSql.stream().allMatch(s -> s.startsWith("SELECT")));
    }

    @Test
    @NonTransactional
    public void inTransaction_rollsBackEverythingWhenTheWorkThrows() {
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> db.inTransaction(() -> {
            store.insert(TestMaps.withCards(111, "macro-rollback", 10), ALICE);
            throw boom;
        }));

        assertSame(boom, thrown);
        assertEquals(Optional.empty(), store.findAnyByMacroKey("macro-rollback"));
        assertEquals(0, db.count(CardEntity.class, Query.select().where("ELEMENT_ID = ?", "card-0")));
    }

    static JourneyMap rename(JourneyMap map, int cardIndex, String text) {
        List<Card> cards = new ArrayList<>(map.cards());
        Card card = cards.get(cardIndex);
        cards.set(cardIndex, card.withDetails(card.details().with(CardField.TEXT, text)));
        return map.withCards(cards);
    }

    private int countRows(Class<? extends RawEntity<?>> type, long mapId) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        int n = db.count((Class) type, Query.select().where("MAP_ID = ?", mapId));
        return n;
    }

    private List<String> recordSql(Runnable work) {
        List<String> statements = java.util.Collections.synchronizedList(new ArrayList<>());
        DatabaseProvider.SqlListener listener = s -> statements.add(s.strip().toUpperCase());
        entityManager.getProvider().addSqlListener(listener);
        try {
            work.run();
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }
        return statements;
    }

    private static long count(List<String> sql, Predicate<String> p) {
        return sql.stream().filter(p).count();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
