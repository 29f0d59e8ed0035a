package io.journeymaps.history.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.journeymaps.testsupport.db.PluginSchema;
import io.journeymaps.history.HistoryRecorder;
import io.journeymaps.history.HistorySettings;
import io.journeymaps.history.RevisionRepository.RevisionSnapshot;
import io.journeymaps.history.RevisionRepository.SessionRevision;
import io.journeymaps.history.model.Revision;
import io.journeymaps.history.model.RevisionKind;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.BatchResult;
import io.journeymaps.map.MapService;
import io.journeymaps.map.MapVersionListener;
import io.journeymaps.map.json.MapSnapshotJson;
import io.journeymaps.map.json.RichMaps;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.operation.MapOperation;
import io.journeymaps.map.store.AoMapStore;
import io.journeymaps.map.template.BuiltInTemplates;
import io.journeymaps.persona.store.AoPersonaStore;
import io.journeymaps.standalone.storage.EntityManagerAoDatabase;
import io.journeymaps.storage.AoDatabase;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

/** The revision store, and history recorded through the map service, on a real database; one subclass per database. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(RevisionStoreScenarios.Schema.class)
public abstract class RevisionStoreScenarios {
    private static final Instant T0 = Instant.parse("2026-11-23T01:02:03.456Z");
    private static final UserRef ALICE = new UserRef("alice", "Alice");

    private EntityManager entityManager;   // injected by the runner
    private AoDatabase db;
    private AoRevisionStore revisions;
    private AoMapStore mapStore;

    public static final class Schema extends PluginSchema {
    }

    @Before
    public void setUp() {
        db = new EntityManagerAoDatabase(entityManager);
        revisions = new AoRevisionStore(db);
        mapStore = new AoMapStore(db);
    }

    private String database() {
        return getClass().getSimpleName().replace("RevisionStoreTest", "");
    }

    private static RevisionSnapshot snapshot(long mapId, long version, RevisionKind kind, String session) {
        JourneyMap map = RichMaps.rich();
        map = map.withHeader(map.header().withVersion(version, T0));
        return new RevisionSnapshot(new Revision(mapId, version, "alice", T0.plusSeconds(version), "summary " + version
                + " – «ünïcode» ناقص", kind), MapSnapshotJson.write(map), session);
    }

    @Test
    public void insertGetAndList_roundTripEveryField_newestFirst() {
        revisions.insert(snapshot(7, 1, RevisionKind.CREATE, null));
        revisions.insert(snapshot(7, 2, RevisionKind.EDIT, "{\"details\":true}"));
        revisions.insert(snapshot(8, 1, RevisionKind.IMPORT, null));

        List<Revision> list = revisions.list(7);

        assertEquals(List.of(snapshot(7, 2, RevisionKind.EDIT, null).revision(), snapshot(7, 1, RevisionKind.CREATE, null).revision()), list);
        RevisionSnapshot got = revisions.get(7, 2).orElseThrow();
        assertEquals(snapshot(7, 2, RevisionKind.EDIT, null), got);
        JourneyMap map = MapSnapshotJson.fromJson(got.snapshotJson());
        assertEquals(RichMaps.rich().cards(), map.cards());
        assertEquals(Optional.of(list.get(0)), revisions.latest(7));
        assertEquals(Optional.of(new SessionRevision(list.get(0), "{\"details\":true}")), revisions.latestSession(7));
        assertEquals(Optional.empty(), revisions.get(7, 3));
        assertEquals(Optional.empty(), revisions.latest(9));
    }

    @Test
    public void replace_overwritesTheRevisionAtThatVersion() {
        revisions.insert(snapshot(11, 1, RevisionKind.CREATE, null));
        revisions.insert(snapshot(11, 2, RevisionKind.EDIT, "{}"));

        revisions.replace(11, 2, snapshot(11, 3, RevisionKind.EDIT, "{\"emotions\":true}"));

        assertEquals(List.of(3L, 1L), revisions.list(11).stream().map(Revision::version).toList());
        assertEquals("{\"emotions\":true}", revisions.latestSession(11).orElseThrow().sessionJson());
        assertEquals(Optional.empty(), revisions.get(11, 2));
    }

    @Test
    public void allWithSnapshots_isOldestFirst_andDeleteOfMapRemovesOnlyThatMap() {
        revisions.insert(snapshot(12, 2, RevisionKind.EDIT, null));
        revisions.insert(snapshot(12, 1, RevisionKind.CREATE, null));
        revisions.insert(snapshot(13, 1, RevisionKind.CREATE, null));

        assertEquals(List.of(snapshot(12, 1, RevisionKind.CREATE, null), snapshot(12, 2, RevisionKind.EDIT, null)),
                revisions.allWithSnapshots(12));
        revisions.deleteOfMap(12);

        assertEquals(List.of(), revisions.list(12));
        assertEquals(1, revisions.list(13).size());
    }

    @Test
    public void aMapWith500Revisions_loadsAndListsInTheSameNumberOfStatements() {
        JourneyMap map = mapStore.insert(cards(RichMaps.rich(), 50), ALICE);
        List<String> loadBefore = recordSql(() -> mapStore.load(map.id()));
        List<String> listBefore = recordSql(() -> revisions.list(map.id()));
        for (int v = 1; v <= 500; v++) {
            revisions.insert(snapshot(map.id(), v, RevisionKind.EDIT, "{}"));
        }

        List<String> loadAfter = recordSql(() -> mapStore.load(map.id()));
        List<Revision>[] listed = new List[1];
        List<String> listAfter = recordSql(() -> listed[0] = revisions.list(map.id()));
        List<String> latestSql = recordSql(() -> revisions.latestSession(map.id()));

        System.out.printf("[%s] map load with 0 / 500 revisions: %d / %d statements; list: %d / %d statements%n",
                database(), loadBefore.size(), loadAfter.size(), listBefore.size(), listAfter.size());
        assertEquals(500, listed[0].size());
        assertEquals(loadBefore.size(), loadAfter.size());
        assertEquals(1, listAfter.size());
        assertEquals(listBefore.size(), listAfter.size());
        assertFalse(listAfter.toString(), listAfter.get(0).contains("SNAPSHOT"));
        assertFalse(latestSql.toString(), latestSql.toString().contains("SNAPSHOT"));
    }

    @Test
    public void mapService_recordsCreateAndCoalescedEdits_inTheMapsTransaction() {
        MapService maps = service(recorder());
        JourneyMap created = created(maps);
        String lane = created.lanes().get(0).id();
        String step = created.steps().findFirst().orElseThrow().id();

        apply(maps, created.id(), new MapOperation.AddCard("n1", lane, step, 0, Map.of(CardField.TEXT, "one")));
        JourneyMap now = apply(maps, created.id(), new MapOperation.UpdateCard("n1", Map.of(CardField.TEXT, "two")));

        List<Revision> list = revisions.list(created.id());
        assertEquals(List.of(3L, 1L), list.stream().map(Revision::version).toList());
        assertEquals(RevisionKind.EDIT, list.get(0).kind());
        assertTrue(list.get(0).summary(), list.get(0).summary().startsWith("1 card added in "));
        assertEquals(now, MapSnapshotJson.fromJson(revisions.get(created.id(), 3).orElseThrow().snapshotJson()));
        assertEquals(RevisionKind.CREATE, list.get(1).kind());
    }

    @Test
    @NonTransactional
    public void aFailingRecorder_rollsTheBatchBack() {
        HistoryRecorder recorder = recorder();
        boolean[] fail = {false};
        MapService maps = service(stored -> {
            recorder.versionStored(stored);
            if (fail[0]) {
                throw new IllegalStateException("history down");
            }
        });
        JourneyMap created = created(maps);
        String lane = created.lanes().get(0).id();
        String step = created.steps().findFirst().orElseThrow().id();
        fail[0] = true;

        assertThrows(IllegalStateException.class, () -> maps.applyBatch(created.id(), created.version(),
                List.of(new MapOperation.AddCard("n1", lane, step, 0, Map.of(CardField.TEXT, "lost"))), ALICE));

        assertEquals(Optional.of(1L), mapStore.version(created.id()));
        assertEquals(List.of(1L), revisions.list(created.id()).stream().map(Revision::version).toList());
        mapStore.delete(created.id());
        revisions.deleteOfMap(created.id());
    }

    @Test
    public void batchCost_withHistory_onA1000CardMap() {
        JourneyMap big = mapStore.insert(cards(RichMaps.rich(), 1_000), ALICE);
        MapService plain = service(MapVersionListener.NONE);
        MapService withHistory = service(recorder());
        int rounds = 20;
        apply(plain, big.id(), text(0, "warm-up"));
        apply(withHistory, big.id(), text(1, "warm-up"));

        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            apply(plain, big.id(), text(i, "plain " + i));
        }
        long plainMs = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            apply(withHistory, big.id(), text(i, "history " + i));
        }
        long historyMs = (System.nanoTime() - t1) / 1_000_000;
        List<String> oneBatch = recordSql(() -> apply(withHistory, big.id(), text(3, "counted")));
        List<String> plainBatch = recordSql(() -> apply(plain, big.id(), text(4, "counted")));

        System.out.printf("[%s] 1,000-card map, one-card batch: %.1f ms without history, %.1f ms with; "
                        + "%d vs %d statements%n", database(), plainMs / (double) rounds, historyMs / (double) rounds,
                plainBatch.size(), oneBatch.size());
        // History adds: read the newest revision's light row, then find and update it (coalescing)
        assertTrue(oneBatch.toString(), oneBatch.size() <= plainBatch.size() + 3);
        assertEquals(1, revisions.list(big.id()).size());
    }

    private HistoryRecorder recorder() {
        return new HistoryRecorder(revisions, HistorySettings.withPause(Duration.ofMinutes(5)));
    }

    private MapService service(MapVersionListener listener) {
        return new MapService(mapStore, new AoPersonaStore(db), new BuiltInTemplates(), listener);
    }

    private static JourneyMap created(MapService maps) {
        return maps.mapForMacro(900, "DS", "mk-" + System.nanoTime(), null, "en", null, ALICE);
    }

    private static JourneyMap apply(MapService maps, long mapId, MapOperation op) {
        long version = maps.version(mapId).orElseThrow();
        BatchResult r = maps.applyBatch(mapId, version, List.of(op), ALICE);
        return ((BatchResult.Applied) r).map();
    }

    private static MapOperation text(int card, String text) {
        return new MapOperation.UpdateCard("k" + card, Map.of(CardField.TEXT, text));
    }

    private static JourneyMap cards(JourneyMap base, int n) {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cards.add(new Card("k" + i, "act", i % 2 == 0 ? "st1" : "st3", CardDetails.of(Map.of(CardField.TEXT, "card " + i))));
        }
        return base.withCards(cards).withJiraLinks(List.of());
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
}
