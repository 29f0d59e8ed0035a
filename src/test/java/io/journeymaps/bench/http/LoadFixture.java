package io.journeymaps.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.journeymaps.standalone.StandaloneServer;
import io.journeymaps.standalone.site.StorageBody;
import io.journeymaps.testsupport.http.RestHost;

/**
 * The standalone host in this JVM on 127.0.0.1 with H2 in a temp folder, a DEMO page with one
 * journey map of {@value #CARDS} cards and an otherwise identical page without the macro, and
 * plain HTTP calls as alice (HTTP Basic) for the load clients.
 */
final class LoadFixture implements AutoCloseable {
    static final int CARDS = 1_000;
    static final String CARD_PREFIX = "bench";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INTRO = "A page for the HTTP benchmark: the same text with and without a journey map.";

    private final RestHost host;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String authorization = "Basic "
            + Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8));
    private long mapPageId;
    private long plainPageId;
    private long mapId;
    private final List<String> benchCards = new ArrayList<>();

    private LoadFixture(RestHost host) {
        this.host = host;
    }

    static LoadFixture start(Path folder) throws Exception {
        LoadFixture fixture = new LoadFixture(RestHost.start(folder));
        try {
            fixture.createPages();
        } catch (Exception | Error e) {
            fixture.close();
            throw e;
        }
        return fixture;
    }

    private void createPages() throws IOException, InterruptedException {
        String intro = StorageBody.paragraph(INTRO);
        var store = host.site().store();
        mapPageId = store.createPage("DEMO", "HTTP benchmark: with a map", intro
                + StorageBody.journeyMapMacro("awareness-to-advocacy", "en"), "alice");
        plainPageId = store.createPage("DEMO", "HTTP benchmark: without a map", intro, "alice");
        expect(200, get(pagePath(mapPageId)), "first view of the map page");
        HttpResponse<String> maps = get(restPath("/pages/" + mapPageId + "/maps"));
        expect(200, maps, "maps of the page");
        JsonNode list = JSON.readTree(maps.body());
        if (list.size() != 1) {
            throw new IllegalStateException("expected one map on the page, found " + maps.body());
        }
        mapId = list.get(0).get("id").asLong();
        fill();
    }

    /** Adds cards until the map has {@value #CARDS}, spread over every card lane and step. */
    private void fill() throws IOException, InterruptedException {
        JsonNode map = map();
        List<String> lanes = new ArrayList<>();
        map.get("lanes").forEach(l -> {
            if (!"EMOTION".equals(l.get("type").asText())) {
                lanes.add(l.get("id").asText());
            }
        });
        List<String> steps = new ArrayList<>();
        map.get("stages").forEach(s -> s.get("steps").forEach(st -> steps.add(st.get("id").asText())));
        int missing = CARDS - map.get("cards").size();
        long version = map.get("version").asLong();
        int n = 0;
        while (n < missing) {
            ObjectNode batch = JSON.createObjectNode().put("baseVersion", version);
            ArrayNode ops = batch.putArray("operations");
            for (int i = 0; i < 100 && n < missing; i++, n++) {
                String cardId = CARD_PREFIX + n;
                ObjectNode op = ops.addObject().put("type", "addCard").put("cardId", cardId)
                        .put("laneId", lanes.get(n % lanes.size())).put("stepId", steps.get((n / lanes.size()) % steps.size()))
                        .put("index", 0);
                op.putObject("fields").put("text", "Benchmark card " + n + ": what the customer does, thinks and feels here.");
                benchCards.add(cardId);
            }
            HttpResponse<String> stored = post(restPath("/maps/" + mapId + "/operations"), batch.toString());
            expect(200, stored, "filling the map");
            version = JSON.readTree(stored.body()).get("version").asLong();
        }
        int cards = map().get("cards").size();
        if (cards != CARDS) {
            throw new IllegalStateException("the map has " + cards + " cards, not " + CARDS);
        }
    }

    JsonNode map() throws IOException, InterruptedException {
        HttpResponse<String> map = get(restPath("/maps/" + mapId));
        expect(200, map, "the map");
        return JSON.readTree(map.body());
    }

    long mapPageId() {
        return mapPageId;
    }

    long plainPageId() {
        return plainPageId;
    }

    long mapId() {
        return mapId;
    }

    /** The cards this fixture added (the clients of the POST scenario edit only these). */
    List<String> benchCards() {
        return List.copyOf(benchCards);
    }

    String pagePath(long pageId) {
        return "/pages/" + pageId;
    }

    String restPath(String path) {
        return StandaloneServer.REST_PATH + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status alone, reading and dropping the body (what a load client needs). */
    int getStatus(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(host.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization);
    }

    private static void expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            String body = response.body();
            throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " "
                    + (body.length() > 300 ? body.substring(0, 300) : body));
        }
    }

    @Override
    public void close() throws Exception {
        host.close();
    }
}
