package io.journeymaps.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;

/**
 * One client editing a map through one node: it adds its own cards and edits their texts in
 * batches sent against the last version it was told of (so the server must merge them onto what
 * the other writers stored since), and now and then starts a comment thread on one of its cards.
 * Busy answers (503) are sent again after Retry-After, as the editor does. It records every
 * acknowledged batch with its version and every acknowledged comment.
 */
final class ClusterWriter implements Callable<ClusterWriter.Log> {
    static final int FIRST_BATCH_ADDS = 5;
    static final int ADDS_PER_BATCH = 3;
    static final int EDITS_PER_BATCH = 2;
    static final int COMMENT_EVERY = 5;

    /** What the writer was told: versions of its acknowledged batches in order, final card texts, comment ids. */
    record Log(String writer, String node, List<Long> versions, int operations, Map<String, String> cardTexts,
               List<Long> commentIds, int busyRetries) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String name;
    private final String node;
    private final ApiClient client;
    private final long mapId;
    private final String laneId;
    private final String stepId;
    private final int batches;
    private final CountDownLatch start;
    private long knownVersion;

    ClusterWriter(String name, String node, ApiClient client, long mapId, long knownVersion, String laneId,
                  String stepId, int batches, CountDownLatch start) {
        this.name = name;
        this.node = node;
        this.client = client;
        this.mapId = mapId;
        this.knownVersion = knownVersion;
        this.laneId = laneId;
        this.stepId = stepId;
        this.batches = batches;
        this.start = start;
    }

    /** Operations a writer sends in total for the given number of batches. */
    static int operationsFor(int batches) {
        return FIRST_BATCH_ADDS + (batches - 1) * (ADDS_PER_BATCH + EDITS_PER_BATCH);
    }

    @Override
    public Log call() throws Exception {
        List<Long> versions = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        List<Long> comments = new ArrayList<>();
        int[] retries = {0};
        int operations = 0;
        int nextCard = 0;
        List<String> previous = new ArrayList<>();
        start.await();
        for (int batch = 0; batch < batches; batch++) {
            ArrayNode ops = NODES.arrayNode();
            Map<String, String> written = new LinkedHashMap<>();
            List<String> added = new ArrayList<>();
            int adds = batch == 0 ? FIRST_BATCH_ADDS : ADDS_PER_BATCH;
            for (int i = 0; i < adds; i++) {
                String cardId = name + "c" + nextCard++;
                String text = name + " card " + cardId + " v0";
                ops.add(addCard(cardId, text));
                written.put(cardId, text);
                added.add(cardId);
            }
            if (batch > 0) {
                for (int i = 0; i < EDITS_PER_BATCH; i++) {
                    String cardId = previous.get(i);
                    String text = name + " card " + cardId + " edited in batch " + batch;
                    ops.add(updateText(cardId, text));
                    written.put(cardId, text);
                }
            }
            ObjectNode body = NODES.objectNode().put("baseVersion", knownVersion);
            body.set("operations", ops);
            ApiResponse answer = sendUntilNotBusy(() -> client.post("/maps/" + mapId + "/operations", body.toString()),
                    retries);
            if (answer.status() != 200) {
                throw new AssertionError(name + " on " + node + ", batch " + batch + " (base " + knownVersion
                        + ") was not stored: " + answer);
            }
            long version = answer.json().get("version").asLong();
            versions.add(version);
            knownVersion = version;
            operations += ops.size();
            texts.putAll(written);
            previous = added;
            if (batch % COMMENT_EVERY == COMMENT_EVERY - 1) {
                comments.add(comment(added.get(0), batch, retries));
            }
        }
        return new Log(name, node, versions, operations, texts, comments, retries[0]);
    }

    private long comment(String cardId, int batch, int[] retries) {
        ObjectNode thread = NODES.objectNode().put("body", name + " on " + node + " after batch " + batch);
        thread.putObject("anchor").put("type", "CARD").put("id", cardId);
        ApiResponse answer = sendUntilNotBusy(() -> client.post("/maps/" + mapId + "/comments", thread.toString()),
                retries);
        if (answer.status() != 201) {
            throw new AssertionError(name + " on " + node + ": comment not stored: " + answer);
        }
        return answer.json().get("id").asLong();
    }

    private ObjectNode addCard(String cardId, String text) {
        ObjectNode op = NODES.objectNode().put("type", "addCard").put("cardId", cardId).put("laneId", laneId)
                .put("stepId", stepId).put("index", 0);
        op.putObject("fields").put("text", text);
        return op;
    }

    private static ObjectNode updateText(String cardId, String text) {
        ObjectNode op = NODES.objectNode().put("type", "updateCard").put("cardId", cardId);
        op.putObject("fields").put("text", text);
        return op;
    }

    /** Sends again after Retry-After while the server answers 503 busy (nothing was stored then). */
    private static ApiResponse sendUntilNotBusy(java.util.function.Supplier<ApiResponse> request, int[] retries) {
        for (int attempt = 1; ; attempt++) {
            ApiResponse answer = request.get();
            if (answer.status() != 503 || attempt >= 30) {
                return answer;
            }
            retries[0]++;
            long seconds = answer.header("Retry-After").map(Long::parseLong).orElse(1L);
            try {
                Thread.sleep(seconds * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static JsonNode cardById(JsonNode map, String cardId) {
        for (JsonNode card : map.get("cards")) {
            if (card.get("id").asText().equals(cardId)) {
                return card;
            }
        }
        return null;
    }
}
