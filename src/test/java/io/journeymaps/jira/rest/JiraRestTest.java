package io.journeymaps.jira.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.journeymaps.testsupport.http.ApiAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.journeymaps.jira.FakeJira;
import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/**
 * The Jira endpoints over HTTP on the standalone host configured with a WireMock Jira (personal access
 * token): who may call what, the answers' shapes, Jira's faults as typed errors, and no token anywhere.
 */
class JiraRestTest {
    @TempDir
    static Path folder;
    private static FakeJira jira;
    private static RestHost host;
    private static final AtomicInteger cards = new AtomicInteger();
    private final List<ApiResponse> responses = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        jira = new FakeJira();
        host = RestHost.startWithJira(folder, jira.baseUrl(), FakeJira.TOKEN);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            host.close();
        } finally {
            jira.close();
        }
    }

    @BeforeEach
    void stubJira() {
        jira.reset();
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/project")).willReturn(okJson(
                "[{\"self\":\"http://jira.example/rest/api/2/project/10000\",\"id\":\"10000\",\"key\":\"SHOP\",\"name\":\"Online shop\"}]")));
        jira.server().stubFor(get(urlPathEqualTo("/jira/rest/api/2/issue/createmeta/SHOP/issuetypes")).willReturn(okJson("""
                {"maxResults":50,"startAt":0,"total":2,"isLast":true,"values":[
                 {"self":"http://jira.example/rest/api/2/issuetype/10002","id":"10002","name":"Task","subtask":false},
                 {"self":"http://jira.example/rest/api/2/issuetype/10003","id":"10003","name":"Sub-task","subtask":true}]}""")));
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(FakeJira.createdJson("10040", "SHOP-7"))));
        jira.server().stubFor(get(urlPathEqualTo("/jira/rest/api/2/issue/SHOP-7")).willReturn(
                okJson(FakeJira.issueJson("SHOP-7", "Checkout fails", "In Progress", "indeterminate", "Bob"))));
        jira.server().stubFor(post(urlPathMatching("/jira/rest/api/2/issue/[A-Z]+-[0-9]+/remotelink"))
                .willReturn(aResponse().withStatus(201).withBody("{\"id\":1,\"self\":\"x\"}")));
        jira.server().stubFor(delete(urlPathMatching("/jira/rest/api/2/issue/[A-Z]+-[0-9]+/remotelink"))
                .willReturn(aResponse().withStatus(204)));
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search")).willReturn(okJson(FakeJira.searchJson(1,
                FakeJira.issueJson("SHOP-7", "Checkout fails", "Done", "done", "Carol")))));
    }

    @AfterEach
    void noResponseEverCarriesTheToken() {
        for (ApiResponse r : responses) {
            assertFalse(r.body().contains(FakeJira.TOKEN), r::toString);
        }
    }

    /** A map on a new DEMO page with one pain point card; optionally already linked to SHOP-7. */
    record Target(long pageId, long mapId, String cardId, long version) {
    }

    static Target target(boolean linked) {
        long pageId = host.createDemoPage("Jira page " + cards.incrementAndGet());
        JsonNode map = host.createMap(pageId);
        long mapId = map.get("id").asLong();
        String lane = null;
        for (JsonNode l : map.get("lanes")) {
            if (l.get("type").asText().equals("PAIN_POINTS")) {
                lane = l.get("id").asText();
            }
        }
        String step = map.get("stages").get(0).get("steps").get(0).get("id").asText();
        String cardId = "pp" + cards.incrementAndGet();
        ApiResponse added = host.as("alice").post("/maps/" + mapId + "/operations", """
                {"baseVersion":%d,"operations":[{"type":"addCard","cardId":"%s","laneId":"%s","stepId":"%s","index":0,
                 "fields":{"text":"Checkout fails on mobile","severity":"HIGH"}}]}""".formatted(
                map.get("version").asLong(), cardId, lane, step));
        assertEquals(200, added.status(), added::toString);
        if (linked) {
            ApiResponse link = host.as("alice").post("/maps/" + mapId + "/cards/" + cardId + "/jira-links",
                    "{\"issueKey\":\"SHOP-7\"}");
            assertEquals(200, link.status(), link::toString);
        }
        return new Target(pageId, mapId, cardId, version(mapId));
    }

    static long version(long mapId) {
        return host.wiring().maps().version(mapId).orElseThrow();
    }

    enum Endpoint {
        SERVERS(false, false, (c, t) -> c.get("/jira/servers")),
        PROJECTS(false, false, (c, t) -> c.get("/jira/servers/jira/projects")),
        ISSUE_TYPES(false, false, (c, t) -> c.get("/jira/servers/jira/projects/SHOP/issuetypes")),
        DRAFT(false, false, (c, t) -> c.get("/maps/" + t.mapId() + "/cards/" + t.cardId() + "/jira-issue")),
        CREATE(true, false, (c, t) -> c.post("/maps/" + t.mapId() + "/cards/" + t.cardId() + "/jira-issue",
                "{\"serverId\":\"jira\",\"projectKey\":\"SHOP\",\"issueTypeId\":\"10002\"}")),
        LINK(true, false, (c, t) -> c.post("/maps/" + t.mapId() + "/cards/" + t.cardId() + "/jira-links",
                "{\"issueKey\":\"SHOP-7\"}")),
        UNLINK(true, true, (c, t) -> c.delete("/maps/" + t.mapId() + "/cards/" + t.cardId() + "/jira-links/SHOP-7")),
        BULK(true, false, (c, t) -> c.post("/maps/" + t.mapId() + "/jira-issues",
                "{\"serverId\":\"jira\",\"projectKey\":\"SHOP\",\"issueTypeId\":\"10002\"}")),
        REFRESH(false, true, (c, t) -> c.post("/maps/" + t.mapId() + "/jira/refresh?force=true", null));

        final boolean write;
        final boolean needsLink;
        final BiFunction<ApiClient, Target, ApiResponse> call;

        Endpoint(boolean write, boolean needsLink, BiFunction<ApiClient, Target, ApiResponse> call) {
            this.write = write;
            this.needsLink = needsLink;
            this.call = call;
        }
    }

    /** In {@link Endpoint} order. alice edits DEMO, bob views it, carol and anonymous visitors cannot see it. */
    private static final Map<String, int[]> EXPECTED = Map.of(
            "alice", new int[] {200, 200, 200, 200, 201, 200, 200, 200, 200},
            "bob", new int[] {200, 200, 200, 403, 403, 403, 403, 403, 200},
            "carol", new int[] {200, 200, 200, 404, 404, 404, 404, 404, 404},
            "anonymous", new int[] {401, 401, 401, 404, 404, 404, 404, 404, 404});

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String user : List.of("alice", "bob", "carol", "anonymous")) {
            for (Endpoint e : Endpoint.values()) {
                cases.add(Arguments.of(user, e, EXPECTED.get(user)[e.ordinal()]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("matrix")
    void everyJiraEndpoint_answersEachUserAsThePagePermissionsSay(String user, Endpoint endpoint, int status) {
        Target target = target(endpoint.needsLink);
        int jiraCallsBefore = jira.server().getAllServeEvents().size();

        ApiResponse response = keep(endpoint.call.apply(host.as(user), target));

        assertEquals(status, response.status(), response::toString);
        if (status >= 400) {
            assertError(response, status, status == 401 ? "sign_in_required" : status == 403 ? "forbidden" : "not_found");
            assertEquals(target.version(), version(target.mapId()), "a refused call changes nothing");
            assertEquals(jiraCallsBefore, jira.server().getAllServeEvents().size(), "a refused call never reaches Jira");
        } else if (endpoint.write) {
            assertTrue(version(target.mapId()) > target.version(), "a link change is a new map version");
        }
    }

    @Test
    void servers_listTheConfiguredJira_withoutItsToken() {
        JsonNode body = keep(host.as("bob").get("/jira/servers")).json();

        assertTrue(body.get("configured").asBoolean());
        assertEquals(1, body.get("servers").size());
        assertEquals("jira", body.get("servers").get(0).get("id").asText());
        assertEquals(jira.baseUrl(), body.get("servers").get(0).get("url").asText());
    }

    @Test
    void projectsAndIssueTypes_comeFromJira_subtasksLeftOut() {
        JsonNode projects = keep(host.as("alice").get("/jira/servers/jira/projects")).json();
        JsonNode types = keep(host.as("alice").get("/jira/servers/jira/projects/SHOP/issuetypes")).json();

        assertEquals("SHOP", projects.get(0).get("key").asText());
        assertEquals(1, types.size());
        assertEquals("Task", types.get(0).get("name").asText());
        jira.server().verify(getRequestedFor(urlEqualTo("/jira/rest/api/2/project"))
                .withHeader("Authorization", equalTo("Bearer " + FakeJira.TOKEN)));
    }

    @Test
    void create_thenTheMapJsonCarriesTheLink_andRefreshFillsItsStatus() {
        Target t = target(false);

        ApiResponse created = keep(host.as("alice").post("/maps/" + t.mapId() + "/cards/" + t.cardId() + "/jira-issue",
                "{\"serverId\":\"jira\",\"projectKey\":\"SHOP\",\"issueTypeId\":\"10002\",\"summary\":\"Mobile checkout\"}"));
        assertEquals(201, created.status(), created::toString);
        assertEquals("SHOP-7", created.json().get("link").get("issueKey").asText());
        assertTrue(created.json().get("remoteLinked").asBoolean());

        ApiResponse refreshed = keep(host.as("bob").post("/maps/" + t.mapId() + "/jira/refresh", null));
        assertEquals(200, refreshed.status(), refreshed::toString);
        assertEquals(1, refreshed.json().get("refreshed").asInt());

        JsonNode card = card(keep(host.as("bob").get("/maps/" + t.mapId())).json(), t.cardId());
        JsonNode link = card.get("jiraLinks").get(0);
        assertEquals("SHOP-7", link.get("issueKey").asText());
        assertEquals("Done", link.get("statusName").asText());
        assertEquals("done", link.get("statusCategory").asText());
        assertEquals("Carol", link.get("assignee").asText());
        assertEquals("OK", link.get("state").asText());
        assertTrue(link.get("stateMessage").isNull());
    }

    @Test
    void create_validatesTheBody_withFieldErrors() {
        Target t = target(false);
        String path = "/maps/" + t.mapId() + "/cards/" + t.cardId() + "/jira-issue";

        assertEquals("is required", io.journeymaps.testsupport.http.ApiAssertions.assertInvalid(
                keep(host.as("alice").post(path, "{\"serverId\":\"jira\",\"issueTypeId\":\"1\"}")), "projectKey"));
        io.journeymaps.testsupport.http.ApiAssertions.assertInvalid(
                keep(host.as("alice").post(path, "{\"serverId\":\"jira\",\"projectKey\":\"SHOP\",\"issueTypeId\":\"1\",\"x\":1}")), "x");
        io.journeymaps.testsupport.http.ApiAssertions.assertInvalid(
                keep(host.as("alice").post(path, "{\"serverId\":\"nope\",\"projectKey\":\"SHOP\",\"issueTypeId\":\"1\"}")), "serverId");
        assertEquals(t.version(), version(t.mapId()));
    }

    @Test
    void jirasOwnRefusal_isInvalidInput_withJirasReasons() {
        Target t = target(false);
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(FakeJira.errorJson(null, "issuetype", "The issue type selected is invalid."))));

        ApiResponse response = keep(host.as("alice").post("/maps/" + t.mapId() + "/cards/" + t.cardId() + "/jira-issue",
                "{\"serverId\":\"jira\",\"projectKey\":\"SHOP\",\"issueTypeId\":\"99\"}"));

        JsonNode body = assertError(response, 400, "invalid_input");
        assertEquals("issuetype", body.get("errors").get(0).get("field").asText());
        assertEquals("The issue type selected is invalid.", body.get("errors").get(0).get("reason").asText());
        assertEquals(0, card(host.as("alice").get("/maps/" + t.mapId()).json(), t.cardId()).get("jiraLinks").size());
    }

    @Test
    void jiraFaults_becomeTypedErrors_withTheCardsState() {
        Target t = target(false);
        String path = "/maps/" + t.mapId() + "/cards/" + t.cardId() + "/jira-issue";
        String body = "{\"serverId\":\"jira\",\"projectKey\":\"SHOP\",\"issueTypeId\":\"10002\"}";

        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse().withStatus(401)));
        JsonNode auth = assertError(keep(host.as("alice").post(path, body)), 403, "jira_auth_required");
        assertEquals("Authorise Jira", auth.get("stateMessage").asText());

        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
        ApiResponse limited = keep(host.as("alice").post(path, body));
        assertError(limited, 429, "jira_rate_limited");
        assertEquals("7", limited.header("Retry-After").orElseThrow());

        // A lost answer (timeout) is covered in JiraServiceTest; over HTTP the 5xx path shows the same pending state.
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse().withStatus(503)));
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search")).willReturn(okJson(FakeJira.searchJson(0))));
        JsonNode failed = assertError(keep(host.as("alice").post(path, body)), 502, "jira_server_error");
        assertTrue(failed.get("pending").asBoolean(), "a 5xx may have made the issue: the card is pending");
        JsonNode link = card(host.as("alice").get("/maps/" + t.mapId()).json(), t.cardId()).get("jiraLinks").get(0);
        assertEquals("PENDING", link.get("state").asText());
        assertTrue(link.get("issueKey").isNull());

        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse().withStatus(201)
                .withBody(FakeJira.createdJson("10040", "SHOP-7"))));
        ApiResponse retried = keep(host.as("alice").post(path, body));
        assertEquals(201, retried.status(), retried::toString);
        JsonNode links = card(host.as("alice").get("/maps/" + t.mapId()).json(), t.cardId()).get("jiraLinks");
        assertEquals(1, links.size());
        assertEquals("SHOP-7", links.get(0).get("issueKey").asText());
    }

    @Test
    void link_unknownIssue_isAFieldError_unlinkUnknown_is404() {
        Target t = target(false);
        jira.server().stubFor(get(urlPathEqualTo("/jira/rest/api/2/issue/SHOP-404")).willReturn(aResponse().withStatus(404)
                .withBody(FakeJira.errorJson("Issue Does Not Exist", null, null))));

        io.journeymaps.testsupport.http.ApiAssertions.assertInvalid(keep(host.as("alice").post(
                "/maps/" + t.mapId() + "/cards/" + t.cardId() + "/jira-links", "{\"issueKey\":\"SHOP-404\"}")), "issueKey");
        assertError(keep(host.as("alice").delete("/maps/" + t.mapId() + "/cards/" + t.cardId() + "/jira-links/SHOP-9")),
                404, "not_found");
    }

    @Test
    void bulkCreate_answersPerCard() {
        Target t = target(false);

        ApiResponse response = keep(host.as("alice").post("/maps/" + t.mapId() + "/jira-issues",
                "{\"serverId\":\"jira\",\"projectKey\":\"SHOP\",\"issueTypeId\":\"10002\"}"));

        assertEquals(200, response.status(), response::toString);
        JsonNode results = response.json().get("results");
        List<String> cardIds = new ArrayList<>();
        for (JsonNode r : results) {
            cardIds.add(r.get("cardId").asText());
            assertEquals("CREATED", r.get("outcome").asText(), r::toString);
            assertEquals("SHOP-7", r.get("issueKey").asText());
        }
        assertTrue(cardIds.contains(t.cardId()), cardIds::toString);
        assertEquals(cardIds.size(), jira.server().countRequestsMatching(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlEqualTo("/jira/rest/api/2/issue")).build()).getCount(), "one issue per unlinked pain point");
        assertEquals(version(t.mapId()), response.json().get("version").asLong());
    }

    private ApiResponse keep(ApiResponse r) {
        responses.add(r);
        return r;
    }

    private static JsonNode card(JsonNode map, String cardId) {
        for (JsonNode c : map.get("cards")) {
            if (c.get("id").asText().equals(cardId)) {
                return c;
            }
        }
        throw new AssertionError("no card " + cardId);
    }
}
