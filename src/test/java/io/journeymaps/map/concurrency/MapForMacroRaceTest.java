package io.journeymaps.map.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.journeymaps.host.UserRef;
import io.journeymaps.map.DuplicateMapException;
import io.journeymaps.map.MapService;
import io.journeymaps.map.MapVersionListener;
import io.journeymaps.map.NewMapCommand;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.store.AoMapStore;
import io.journeymaps.map.store.MapEntity;
import io.journeymaps.map.template.BuiltInTemplates;
import io.journeymaps.persona.store.AoPersonaStore;
import io.journeymaps.standalone.storage.StandaloneDatabase;
import io.journeymaps.storage.AoDatabase;
import io.journeymaps.testsupport.db.PostgresAvailable;
import io.journeymaps.testsupport.db.PostgresCluster;

import net.java.ao.Query;

/**
 * Many requests render the same newly inserted macro at once (or the first render of a copied page
 * races its siblings): each looks the map up, finds none and inserts one. The database lets exactly
 * one insert through; every request must end with that one map.
 */
class MapForMacroRaceTest {
    private static final int REQUESTS = 8;

    private StandaloneDatabase database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void concurrentFirstRenders_onH2_endWithOneMap() throws Exception {
        database = StandaloneDatabase.open("jdbc:h2:mem:race-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "sa", "", "PUBLIC");
        raceOnNewKey();
        raceOnCopiedPage();
    }

    @Test
    void concurrentFirstRenders_onPostgres_endWithOneMap() throws Exception {
        PostgresAvailable.assumeRunning();
        PostgresCluster pg = PostgresCluster.get();
        String schema = pg.freshSchema("race");
        database = StandaloneDatabase.open(pg.jdbcUrl(), PostgresCluster.USER, PostgresCluster.PASSWORD, schema);
        raceOnNewKey();
        raceOnCopiedPage();
    }

    /** Every request renders the macro of a new key: the template's map is created once. */
    private void raceOnNewKey() throws Exception {
        RacingStore store = new RacingStore(database.aoDatabase());
        MapService maps = service(store);

        List<Long> ids = race(store, user -> maps.mapForMacro(500L, "DEMO", "race-key", null, "en", null, user).id());

        assertOneMap(ids, 500L, "race-key", store);
    }

    /** Every request renders a copied page's macro for the first time: the original is forked once. */
    private void raceOnCopiedPage() throws Exception {
        RacingStore store = new RacingStore(database.aoDatabase());
        MapService maps = service(store);
        JourneyMap original = maps.createMap(new NewMapCommand(600L, "DEMO", "awareness-to-advocacy", "Original", "en",
                "copied-key"), new UserRef("alice", "Alice"));

        List<Long> ids = race(store, user -> maps.existingMapForMacro(601L, "DEMO", "copied-key", user).orElseThrow().id());

        assertOneMap(ids, 601L, "copied-key", store);
        assertTrue(ids.get(0) != original.id());
        assertEquals(original.cards().size(), maps.find(ids.get(0)).orElseThrow().cards().size());
    }

    private MapService service(AoMapStore store) {
        return new MapService(store, new AoPersonaStore(database.aoDatabase()), new BuiltInTemplates(),
                MapVersionListener.NONE);
    }

    private static List<Long> race(RacingStore store, Function<UserRef, Long> render) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        List<Future<Long>> requests = new ArrayList<>();
        try {
            for (int r = 0; r < REQUESTS; r++) {
                UserRef user = new UserRef("viewer" + r, "Viewer " + r);
                requests.add(pool.submit(() -> {
                    go.await();
                    return render.apply(user);
                }));
            }
            go.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<Long> f : requests) {
                ids.add(f.get(60, TimeUnit.SECONDS));
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertOneMap(List<Long> ids, long pageId, String macroKey, RacingStore store) {
        AoDatabase db = database.aoDatabase();
        Set<Long> distinct = ids.stream().collect(Collectors.toSet());
        assertEquals(1, distinct.size(), "every request got the same map: " + ids);
        assertEquals(1, db.count(MapEntity.class, Query.select().where("PAGE_ID = ? AND MACRO_KEY = ?", pageId, macroKey)));
        assertEquals(Optional.of(ids.get(0)), store.findByPageAndMacroKey(pageId, macroKey));
        // All requests looked before any inserted, so all but one lost the insert race.
        assertEquals(REQUESTS - 1, store.lostInserts.get(), "inserts refused by the database");
    }

    /**
     * The real store, holding each request's first lookup until every request has made it, so that
     * all of them miss the map and insert: the race happens every run, not by luck of timing.
     */
    private static final class RacingStore extends AoMapStore {
        final AtomicInteger lostInserts = new AtomicInteger();
        private final CyclicBarrier allLooked = new CyclicBarrier(REQUESTS);
        private final ThreadLocal<Boolean> looked = ThreadLocal.withInitial(() -> false);

        RacingStore(AoDatabase db) {
            super(db);
        }

        @Override
        public Optional<Long> findByPageAndMacroKey(long pageId, String macroKey) {
            Optional<Long> found = super.findByPageAndMacroKey(pageId, macroKey);
            if (!looked.get() && Thread.currentThread().getName().startsWith("pool-")) {
                looked.set(true);
                try {
                    allLooked.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException(e);
                }
            }
            return found;
        }

        @Override
        public JourneyMap insertAtVersion(JourneyMap map, UserRef author, long version) {
            try {
                return super.insertAtVersion(map, author, version);
            } catch (DuplicateMapException e) {
                lostInserts.incrementAndGet();
                throw e;
            }
        }
    }
}
