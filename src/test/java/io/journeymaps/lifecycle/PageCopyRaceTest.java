package io.journeymaps.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.journeymaps.comment.CommentRepository;
import io.journeymaps.history.RevisionRepository;
import io.journeymaps.host.UserRef;
import io.journeymaps.jira.PendingCreates;
import io.journeymaps.map.DuplicateMapException;
import io.journeymaps.map.MapService;
import io.journeymaps.map.MapVersionListener;
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
 * The page-copy event races the first render of the copy: the render forks key-b after the copy's
 * transaction looked for it and before it inserts its own fork. The database refuses the copy's
 * second map for key-b; the copy runs again and skips that key. The copy ends with one map per key.
 */
class PageCopyRaceTest {
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final long SOURCE = 700L;
    private static final long COPY = 701L;

    private StandaloneDatabase database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void pageCopied_racingTheCopysFirstRender_onH2_leavesOneMapPerKey() throws Exception {
        database = StandaloneDatabase.open("jdbc:h2:mem:copy-race-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "sa", "", "PUBLIC");
        race();
    }

    @Test
    void pageCopied_racingTheCopysFirstRender_onPostgres_leavesOneMapPerKey() throws Exception {
        PostgresAvailable.assumeRunning();
        PostgresCluster pg = PostgresCluster.get();
        String schema = pg.freshSchema("copy_race");
        database = StandaloneDatabase.open(pg.jdbcUrl(), PostgresCluster.USER, PostgresCluster.PASSWORD, schema);
        race();
    }

    private void race() {
        AoDatabase db = database.aoDatabase();
        AtomicReference<MapService> service = new AtomicReference<>();
        AtomicReference<Long> renderedFork = new AtomicReference<>();
        AtomicInteger refused = new AtomicInteger();
        AoMapStore store = new AoMapStore(db) {
            private boolean rendered;

            @Override
            public Optional<Long> findByPageAndMacroKey(long pageId, String macroKey) {
                Optional<Long> found = super.findByPageAndMacroKey(pageId, macroKey);
                if (pageId == COPY && "key-b".equals(macroKey) && !rendered) {
                    rendered = true;
                    // Another request renders the copy's key-b macro now, and commits, on its own thread.
                    renderedFork.set(CompletableFuture.supplyAsync(() -> service.get()
                            .existingMapForMacro(COPY, "DS", "key-b", ALICE).orElseThrow().id()).join());
                }
                return found;
            }

            @Override
            public JourneyMap insertAtVersion(JourneyMap map, UserRef author, long version) {
                try {
                    return super.insertAtVersion(map, author, version);
                } catch (DuplicateMapException e) {
                    refused.incrementAndGet();
                    throw e;
                }
            }
        };
        service.set(new MapService(store, new AoPersonaStore(db), new BuiltInTemplates(), MapVersionListener.NONE));
        long a = store.insert(LifecycleMaps.sampleOn(SOURCE, "DS", "key-a"), ALICE).id();
        long b = store.insert(LifecycleMaps.sampleOn(SOURCE, "DS", "key-b"), ALICE).id();
        PageLifecycle lifecycle = new PageLifecycle(store, new MapPurge(store, mock(CommentRepository.class),
                mock(RevisionRepository.class), mock(PendingCreates.class)), MapVersionListener.NONE);

        List<JourneyMap> created = lifecycle.pageCopied(SOURCE, COPY, "DS", ALICE);

        assertEquals(1, refused.get(), "the copy's fork of key-b was refused once");
        assertEquals(List.of("key-a"), created.stream().map(m -> m.header().macroKey()).toList());
        assertEquals(Optional.of(renderedFork.get()), store.findByPageAndMacroKey(COPY, "key-b"));
        assertEquals(Optional.of(created.get(0).id()), store.findByPageAndMacroKey(COPY, "key-a"));
        for (String key : List.of("key-a", "key-b")) {
            assertEquals(1, db.count(MapEntity.class, Query.select().where("PAGE_ID = ? AND MACRO_KEY = ?", COPY, key)));
        }
        assertEquals(4, db.count(MapEntity.class, Query.select()));
        assertTrue(renderedFork.get() != b && created.get(0).id() != a);
    }
}
