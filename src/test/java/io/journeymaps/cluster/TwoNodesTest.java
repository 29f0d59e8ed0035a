package io.journeymaps.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.journeymaps.testsupport.db.PostgresAvailable;
import io.journeymaps.testsupport.db.PostgresCluster;
import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.process.HostProcess;

/**
 * Two standalone hosts in their own JVMs share one PostgreSQL database, as two Data Center nodes
 * do. Eight writers, four per node, edit one map at once and comment on it; afterwards every
 * acknowledged operation and comment is there, seen the same way from both nodes.
 */
class TwoNodesTest {
    private static final int WRITERS_PER_NODE = 4;
    private static final int BATCHES_PER_WRITER = 50;
    private static final String DEMO_PAGE = "Customer journey: awareness to advocacy";

    @TempDir
    static Path folder;
    private static HostProcess nodeA;
    private static HostProcess nodeB;

    @BeforeAll
    static void startNodes() {
        PostgresAvailable.assumeRunning();
        PostgresCluster pg = PostgresCluster.get();
        String schema = pg.freshSchema("two_nodes");
        // One after the other: the first creates and seeds the schema, as the first node of a cluster does.
        nodeA = HostProcess.startOnDatabase("node-a", folder.resolve("a"), pg.jdbcUrl(), PostgresCluster.USER,
                PostgresCluster.PASSWORD, schema);
        nodeB = HostProcess.startOnDatabase("node-b", folder.resolve("b"), pg.jdbcUrl(), PostgresCluster.USER,
                PostgresCluster.PASSWORD, schema);
    }

    @AfterAll
    static void stopNodes() {
        try {
            if (nodeA != null) {
                nodeA.close();
            }
        } finally {
            if (nodeB != null) {
                nodeB.close();
            }
        }
        assertTrue(nodeA == null || !nodeA.isAlive(), "node A stopped");
        assertTrue(nodeB == null || !nodeB.isAlive(), "node B stopped");
    }

    @Test
    void concurrentEditsAndComments_throughBothNodes_loseNothingAndBothNodesServeTheSameMap() throws Exception {
        ApiClient aliceOnA = nodeA.as("alice");
        ApiClient aliceOnB = nodeB.as("alice");
        long pageId = pageId(aliceOnB, DEMO_PAGE);
        ApiResponse created = aliceOnA.post("/maps", "{\"pageId\":" + pageId + ",\"template\":\"awareness-to-advocacy\"}");
        assertEquals(201, created.status(), created::toString);
        JsonNode start = created.json();
        long mapId = start.get("id").asLong();
        long startVersion = start.get("version").asLong();
        assertEquals(startVersion, map(aliceOnB, mapId).get("version").asLong(), "node B sees the new map at once");
        List<String> steps = new ArrayList<>();
        start.get("stages").forEach(s -> s.get("steps").forEach(st -> steps.add(st.get("id").asText())));
        List<String> lanes = new ArrayList<>();
        start.get("lanes").forEach(l -> {
            if (!"EMOTION".equals(l.get("type").asText())) {
                lanes.add(l.get("id").asText());
            }
        });

        int writers = 2 * WRITERS_PER_NODE;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<ClusterWriter.Log>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            boolean onA = w % 2 == 0;
            running.add(pool.submit(new ClusterWriter("w" + w, onA ? "A" : "B", onA ? aliceOnA : aliceOnB, mapId,
                    startVersion, lanes.get(w % lanes.size()), steps.get(w % steps.size()), BATCHES_PER_WRITER, go)));
        }
        long began = System.nanoTime();
        go.countDown();
        List<ClusterWriter.Log> logs = new ArrayList<>();
        try {
            for (Future<ClusterWriter.Log> writer : running) {
                logs.add(writer.get(10, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - began) / 1e9;

        // Versions: strictly increasing per writer, never given to two batches.
        Set<Long> allVersions = new HashSet<>();
        int operations = 0;
        int retries = 0;
        for (ClusterWriter.Log log : logs) {
            assertEquals(BATCHES_PER_WRITER, log.versions().size(), log.writer() + " batches acknowledged");
            for (int i = 1; i < log.versions().size(); i++) {
                assertTrue(log.versions().get(i) > log.versions().get(i - 1),
                        log.writer() + " versions strictly increasing: " + log.versions());
            }
            for (long v : log.versions()) {
                assertTrue(allVersions.add(v), "version " + v + " acknowledged to two batches");
            }
            operations += log.operations();
            retries += log.busyRetries();
        }
        int batches = writers * BATCHES_PER_WRITER;
        assertEquals(writers * ClusterWriter.operationsFor(BATCHES_PER_WRITER), operations);

        // Both nodes serve the same map, with every acknowledged operation in it.
        ApiResponse fromA = aliceOnA.get("/maps/" + mapId);
        ApiResponse fromB = aliceOnB.get("/maps/" + mapId);
        assertEquals(200, fromA.status(), fromA::toString);
        assertEquals(200, fromB.status(), fromB::toString);
        JsonNode end = fromA.json();
        assertEquals(startVersion + batches, end.get("version").asLong(), "one version per acknowledged batch");
        assertEquals(end.get("version").asLong(), fromB.json().get("version").asLong(), "same version on both nodes");
        assertEquals(fromA.body(), fromB.body(), "both nodes serve the identical map JSON");
        assertEquals(fromA.header("ETag"), fromB.header("ETag"), "same ETag on both nodes");
        for (ClusterWriter.Log log : logs) {
            for (Map.Entry<String, String> card : log.cardTexts().entrySet()) {
                JsonNode stored = ClusterWriter.cardById(end, card.getKey());
                assertNotNull(stored, "acknowledged card " + card.getKey() + " of " + log.writer() + " is stored");
                assertEquals(card.getValue(), stored.get("fields").get("text").asText(), "text of " + card.getKey());
            }
        }

        // Every acknowledged comment is listed by both nodes, identically.
        Set<Long> fromNodeA = threadIds(aliceOnA, mapId);
        Set<Long> fromNodeB = threadIds(aliceOnB, mapId);
        int comments = 0;
        for (ClusterWriter.Log log : logs) {
            for (long id : log.commentIds()) {
                assertTrue(fromNodeA.contains(id), "comment " + id + " of " + log.writer() + " listed by node A");
                assertTrue(fromNodeB.contains(id), "comment " + id + " of " + log.writer() + " listed by node B");
                comments++;
            }
        }
        assertEquals(comments, fromNodeA.size(), "no comment listed that nobody acknowledged");
        assertEquals(aliceOnA.get("/maps/" + mapId + "/comments").body(), aliceOnB.get("/maps/" + mapId + "/comments").body(),
                "both nodes list the same comments");

        System.out.printf("[two nodes] %d writers (%d per node), %d batches, %d operations, %d comments in %.1f s: "
                        + "%.0f ops/s, %.1f batches/s, %d busy retries, final version %d%n",
                writers, WRITERS_PER_NODE, batches, operations, comments, seconds, operations / seconds,
                batches / seconds, retries, end.get("version").asLong());
    }

    private static long pageId(ApiClient client, String title) {
        ApiResponse pages = client.site("/host/pages", "GET", null);
        assertEquals(200, pages.status(), pages::toString);
        for (JsonNode page : pages.json()) {
            if (page.get("title").asText().equals(title)) {
                return page.get("id").asLong();
            }
        }
        throw new AssertionError("no page titled " + title);
    }

    private static JsonNode map(ApiClient client, long mapId) {
        ApiResponse map = client.get("/maps/" + mapId);
        assertEquals(200, map.status(), map::toString);
        return map.json();
    }

    private static Set<Long> threadIds(ApiClient client, long mapId) {
        ApiResponse listed = client.get("/maps/" + mapId + "/comments");
        assertEquals(200, listed.status(), listed::toString);
        Set<Long> ids = new HashSet<>();
        listed.json().get("threads").forEach(t -> ids.add(t.get("id").asLong()));
        return ids;
    }
}
