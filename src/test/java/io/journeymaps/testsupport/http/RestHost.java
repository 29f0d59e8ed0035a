package io.journeymaps.testsupport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.journeymaps.standalone.HostConfig;
import io.journeymaps.standalone.JiraSettings;
import io.journeymaps.standalone.StandaloneServer;
import io.journeymaps.standalone.StandaloneWiring;
import io.journeymaps.standalone.site.StandaloneSite;

/**
 * The standalone host (demo site, plugin wiring, Jetty) on a free port of 127.0.0.1 with its H2
 * database in a test folder. Start one per test class in {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
public final class RestHost implements AutoCloseable {
    public static final String DEMO_PAGE = "Customer journey: awareness to advocacy";
    public static final String OTHER_DEMO_PAGE = "Marketing funnel: reach, engage, nurture, convert, support";
    public static final String PRIVATE_PAGE = "Draft: renewal journey";

    private final StandaloneSite site;
    private final StandaloneWiring wiring;
    private final StandaloneServer server;
    private final String baseUrl;

    private RestHost(StandaloneSite site, StandaloneWiring wiring, StandaloneServer server, String baseUrl) {
        this.site = site;
        this.wiring = wiring;
        this.server = server;
        this.baseUrl = baseUrl;
    }

    public static RestHost start(Path dataFolder) throws Exception {
        return start(HostConfig.forTests(dataFolder));
    }

    /** A host whose plugin talks to this Jira (for example a WireMock one) with a personal access token. */
    public static RestHost startWithJira(Path dataFolder, String jiraUrl, String jiraToken) throws Exception {
        return start(HostConfig.h2(0, dataFolder, dataFolder.resolve("no-web"), JiraSettings.of(jiraUrl, jiraToken)));
    }

    private static RestHost start(HostConfig config) throws Exception {
        StandaloneSite site = StandaloneSite.open(config);
        StandaloneWiring wiring = StandaloneWiring.create(config, site);
        StandaloneServer server = new StandaloneServer(site, wiring.macroView(), wiring.restResources());
        int port = server.start(config);
        return new RestHost(site, wiring, server, "http://127.0.0.1:" + port);
    }

    /** A client for "alice", "bob", "carol" or "anonymous". */
    public ApiClient as(String user) {
        return ApiClient.of(baseUrl, StandaloneServer.REST_PATH, user);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public StandaloneSite site() {
        return site;
    }

    public StandaloneWiring wiring() {
        return wiring;
    }

    /** The id of a current page, found through GET /host/pages as alice (who sees every space). */
    public long pageId(String title) {
        ApiResponse pages = as("alice").site("/host/pages", "GET", null);
        assertEquals(200, pages.status(), pages::toString);
        for (JsonNode page : pages.json()) {
            if (page.get("title").asText().equals(title)) {
                return page.get("id").asLong();
            }
        }
        throw new AssertionError("no page titled " + title);
    }

    /** A new page in DEMO created by alice; returns its id. */
    public long createDemoPage(String title) {
        String body = ApiResponse.JSON.valueToTree(Map.of("spaceKey", "DEMO", "title", title,
                "template", "saas-onboarding", "language", "en")).toString();
        ApiResponse created = as("alice").site("/host/pages", "POST", body);
        assertEquals(201, created.status(), created::toString);
        return created.json().get("id").asLong();
    }

    /** Moves a page to the trash as alice. */
    public void trashPage(long pageId) {
        ApiResponse trashed = as("alice").postForm("/host/pages/" + pageId + "/delete");
        assertEquals(303, trashed.status(), trashed::toString);
    }

    /** A new map on the page, created by alice through POST /maps; returns the map JSON. */
    public JsonNode createMap(long pageId, String template) {
        ApiResponse created = as("alice").post("/maps",
                "{\"pageId\":" + pageId + ",\"template\":\"" + template + "\"}");
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    public JsonNode createMap(long pageId) {
        return createMap(pageId, "awareness-to-advocacy");
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            try {
                wiring.close();
            } finally {
                site.close();
            }
        }
    }
}
