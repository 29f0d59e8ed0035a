package io.journeymaps.map.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.journeymaps.host.UserRef;
import io.journeymaps.map.BatchResult;
import io.journeymaps.map.MapService;
import io.journeymaps.map.MapVersionListener;
import io.journeymaps.map.NewMapCommand;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.operation.MapOperation;
import io.journeymaps.map.store.AoMapStore;
import io.journeymaps.map.template.BuiltInTemplates;
import io.journeymaps.persona.store.AoPersonaStore;
import io.journeymaps.standalone.storage.StandaloneDatabase;
import io.journeymaps.testsupport.db.PostgresAvailable;
import io.journeymaps.testsupport.db.PostgresCluster;

/**
 * Many writers edit one map at once through the real service and store, each sending its batches
 * against whatever version it last saw. Every acknowledged operation must be in the final map and
 * every batch must have bumped the version by exactly one: nothing lost, nothing applied twice.
 */
class ConcurrentEditingTest {
    private static final int WRITERS = 8;
    private static final int BATCHES_PER_WRITER = 15;

    private StandaloneDatabase database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void concurrentWriters_onH2_loseNothing() throws Exception {
        database = StandaloneDatabase.open("jdbc:h2:mem:concurrent-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "sa", "", "PUBLIC");
        runWriters();
    }

    @Test
    void concurrentWriters_onPostgres_loseNothing() throws Exception {
        PostgresAvailable.assumeRunning();
        PostgresCluster pg = PostgresCluster.get();
        String schema = pg.freshSchema("concurrent");
        database = StandaloneDatabase.open(pg.jdbcUrl(), PostgresCluster.USER, PostgresCluster.PASSWORD, schema);
        runWriters();
    }

    private void runWriters() throws Exception {
        AoMapStore store = new AoMapStore(database.aoDatabase());
        MapService maps = new MapService(store, new AoPersonaStore(database.aoDatabase()), new BuiltInTemplates(),
                MapVersionListener.NONE);
        JourneyMap start = maps.createMap(new NewMapCommand(42L, "DEMO", "awareness-to-advocacy", "Busy map", "en",
                null), new UserRef("alice", "Alice"));
        String painLane = start.lanes().stream().filter(l -> l.type() == LaneType.PAIN_POINTS).map(Lane::id)
                .findFirst().orElseThrow();
        String firstStep = start.stages().get(0).steps().get(0).id();
        // Every writer also edits its own field of one shared card: same card, different fields must merge.
        String shared = "shared";
        assertInstanceOf(BatchResult.Applied.class, maps.applyBatch(start.id(), start.version(), List.of(
                new MapOperation.AddCard(shared, painLane, firstStep, 0, Map.of(CardField.TEXT, "shared card"))),
                new UserRef("alice", "Alice")));

        ConcurrentLinkedQueue<Long> acknowledgedVersions = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> acknowledgedCards = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        CardField[] ownFields = {CardField.SEVERITY, CardField.FREQUENCY, CardField.COLOUR, CardField.OWNER,
                CardField.MOMENT_THAT_MATTERS, CardField.TEXT, null, null};
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                UserRef user = new UserRef("writer" + writer, "Writer " + writer);
                long seen = maps.version(start.id()).orElseThrow();
                go.await();
                for (int batch = 0; batch < BATCHES_PER_WRITER; batch++) {
                    int b = batch;
                    String cardId = "w" + writer + "b" + b;
                    List<MapOperation> ops = new ArrayList<>();
                    ops.add(new MapOperation.AddCard(cardId, painLane, firstStep, 0,
                            Map.of(CardField.TEXT, "from writer " + writer)));
                    if (b == 0 && ownFields[writer] != null) {
                        ops.add(new MapOperation.UpdateCard(shared, Map.of(ownFields[writer], valueFor(ownFields[writer], writer))));
                    }
                    BatchResult result = maps.applyBatch(start.id(), seen, ops, user);
                    BatchResult.Applied applied = assertInstanceOf(BatchResult.Applied.class, result,
                            () -> "writer " + writer + " batch " + b + " was refused: " + result);
                    acknowledgedVersions.add(applied.newVersion());
                    acknowledgedCards.add(cardId);
                    // Half the writers keep sending against a stale version on purpose.
                    seen = writer % 2 == 0 ? applied.newVersion() : seen;
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : writers) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        JourneyMap end = maps.find(start.id()).orElseThrow();
        int batches = WRITERS * BATCHES_PER_WRITER;
        assertEquals(start.version() + 1 + batches, end.version(), "one version per batch");
        assertEquals(batches, acknowledgedVersions.stream().distinct().count(), "no two batches share a version");
        for (String cardId : acknowledgedCards) {
            assertTrue(end.card(cardId).isPresent(), "acknowledged card " + cardId + " is stored");
        }
        var sharedCard = end.card(shared).orElseThrow().details();
        for (int w = 0; w < WRITERS; w++) {
            if (ownFields[w] != null) {
                assertEquals(valueFor(ownFields[w], w), sharedCard.get(ownFields[w]), ownFields[w] + " of writer " + w);
            }
        }
        System.out.printf("[concurrency] %d writers, %d batches, final version %d%n", WRITERS, batches, end.version());
    }

    private static Object valueFor(CardField field, int writer) {
        return switch (field) {
            case SEVERITY -> io.journeymaps.map.model.Severity.HIGH;
            case FREQUENCY -> io.journeymaps.map.model.Frequency.OFTEN;
            case COLOUR -> io.journeymaps.map.model.ColourTag.PURPLE;
            case MOMENT_THAT_MATTERS -> Boolean.TRUE;
            default -> field.wireName() + " by writer " + writer;
        };
    }
}
