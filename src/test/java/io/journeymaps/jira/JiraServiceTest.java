package io.journeymaps.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.journeymaps.common.InvalidInputException;
import io.journeymaps.host.PageRef;
import io.journeymaps.host.UserRef;
import io.journeymaps.jira.token.TokenJiraConnections;
import io.journeymaps.map.FakeTemplateCatalog;
import io.journeymaps.map.InMemoryMapRepository;
import io.journeymaps.map.MapService;
import io.journeymaps.map.MapVersionListener;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JiraLinkState;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.StatusCategory;
import io.journeymaps.persona.InMemoryPersonaRepository;

/** The Jira service against a WireMock Jira: links through the map's versions, idempotent creates, batched refresh. */
class JiraServiceTest {
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final PageRef PAGE = new PageRef(42, "DEMO", "Shop journey", "http://wiki.example/pages/viewpage.action?pageId=42");
    private static final Pattern MARKER = Pattern.compile("Journey Maps reference: (jm[0-9a-f]{16})");
    private static FakeJira jira;

    private InMemoryMapRepository repo;
    private MapService maps;
    private InMemoryPendingCreates pending;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-01T10:00:00Z"));
    private JiraService service;

    @BeforeAll
    static void start() {
        jira = new FakeJira();
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @BeforeEach
    void setUp() {
        jira.reset();
        repo = new InMemoryMapRepository();
        maps = new MapService(repo, new InMemoryPersonaRepository(), new FakeTemplateCatalog(), MapVersionListener.NONE);
        pending = new InMemoryPendingCreates();
        service = service(jira.gateway());
        jira.server().stubFor(post(urlPathEqualTo("/jira/rest/api/2/issue/SHOP-7/remotelink"))
                .willReturn(aResponse().withStatus(201).withBody("{\"id\":1,\"self\":\"x\"}")));
    }

    private JiraService service(JiraGateway gateway) {
        return new JiraService(gateway, maps, pending, new JiraStatusSettings(Duration.ofMinutes(5)), now::get);
    }

    private JourneyMap smallMap() {
        return repo.insert(JiraTestMaps.small(42), ALICE);
    }

    @Test
    void createIssue_sendsThePrefilledCard_linksIt_andLinksBackToThePage() {
        JourneyMap map = smallMap();
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse().withStatus(201)
                .withBody(FakeJira.createdJson("10040", "SHOP-7"))));

        CreateOutcome outcome = service.createIssue(map.id(), "p1", new CreateRequest("jira", "shop", "10002", null, null), PAGE, ALICE);

        assertEquals("SHOP-7", outcome.link().issueKey());
        assertFalse(outcome.recovered());
        assertTrue(outcome.remoteLinked());
        JourneyMap after = maps.find(map.id()).orElseThrow();
        assertEquals(List.of("SHOP-7"), after.jiraLinksOf("p1").stream().map(JiraLink::issueKey).toList());
        assertEquals(JiraLinkState.OK, after.jiraLinksOf("p1").get(0).state());
        assertTrue(after.version() > map.version(), "the link is an edit of the map");
        assertEquals(List.of(), pending.ofMap(map.id()));
        String sent = onlyRequestBody("/jira/rest/api/2/issue");
        assertTrue(sent.contains("\"summary\":\"Search finds nothing\""), sent);
        assertTrue(sent.contains("\"project\":{\"key\":\"SHOP\"}"), sent);
        for (String part : List.of("*Stage:* Discover", "*Step:* Search", "*Severity:* High", "*Frequency:* Often",
                "[Shop journey|http://wiki.example/pages/viewpage.action?pageId=42]", "Journey Maps reference: jm")) {
            assertTrue(sent.contains(part.replace("\"", "\\\"")), part + " in " + sent);
        }
        jira.server().verify(postRequestedFor(urlEqualTo("/jira/rest/api/2/issue/SHOP-7/remotelink"))
                .withRequestBody(matchingJsonPath("$.globalId", equalTo("io.journeymaps:map=" + map.id() + "&card=p1")))
                .withRequestBody(matchingJsonPath("$.object.url", equalTo(PAGE.url()))));
    }

    @Test
    void createIssue_callerMayOverrideSummaryAndDescription_opportunityDraftHasScores() {
        JourneyMap map = smallMap();

        IssueDraft draft = service.draft(map.id(), "o1", PAGE);

        assertEquals("Compare side by side", draft.summary());
        assertTrue(draft.description().contains("*Scores:* feasible 4, viable 3, desirable 5 (priority 12 of 15)"), draft.description());
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse().withStatus(201)
                .withBody(FakeJira.createdJson("10040", "SHOP-7"))));
        service.createIssue(map.id(), "o1", new CreateRequest("jira", "SHOP", "10002", "My title", "My text"), PAGE, ALICE);
        String sent = onlyRequestBody("/jira/rest/api/2/issue");
        assertTrue(sent.contains("\"summary\":\"My title\""), sent);
        assertTrue(sent.contains("\"description\":\"My text\\n\\nJourney Maps reference: jm"), sent);
    }

    @Test
    void createIssue_answerLostAfterJiraMadeTheIssue_retryRecoversIt_withoutASecondIssue() {
        JourneyMap map = smallMap();
        // Jira makes SHOP-7 but answers too late; its search index has the issue only on the second look.
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse().withStatus(201)
                .withFixedDelay((int) FakeJira.REQUEST_TIMEOUT.multipliedBy(3).toMillis())
                .withBody(FakeJira.createdJson("10040", "SHOP-7"))));
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search")).inScenario("index").whenScenarioStateIs(STARTED)
                .willSetStateTo("indexed").willReturn(okJson(FakeJira.searchJson(0))));
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search")).inScenario("index").whenScenarioStateIs("indexed")
                .willReturn(okJson(FakeJira.searchJson(1, FakeJira.issueJson("SHOP-7", "Checkout fails on mobile", "To Do", "new", null)))));
        CreateRequest request = new CreateRequest("jira", "SHOP", "10002", null, null);

        JiraException lost = assertThrows(JiraException.class, () -> service.createIssue(map.id(), "p2", request, PAGE, ALICE));

        assertTrue(lost.uncertain());
        JourneyMap meanwhile = maps.find(map.id()).orElseThrow();
        assertEquals(List.of(JiraLinkState.PENDING), meanwhile.jiraLinksOf("p2").stream().map(JiraLink::state).toList());
        assertEquals(meanwhile.card("p2"), map.card("p2"), "the card itself is untouched");

        CreateOutcome retry = service.createIssue(map.id(), "p2", request, PAGE, ALICE);

        assertTrue(retry.recovered());
        assertEquals("SHOP-7", retry.link().issueKey());
        assertEquals(1, jira.server().countRequestsMatching(postRequestedFor(urlEqualTo("/jira/rest/api/2/issue")).build()).getCount(),
                "exactly one issue was ever requested");
        String marker = marker(onlyRequestBody("/jira/rest/api/2/issue"));
        jira.server().verify(2, postRequestedFor(urlEqualTo("/jira/rest/api/2/search"))
                .withRequestBody(matchingJsonPath("$.jql", equalTo("project = \"SHOP\" AND description ~ \"" + marker + "\""))));
        JourneyMap after = maps.find(map.id()).orElseThrow();
        assertEquals(List.of("SHOP-7"), after.jiraLinksOf("p2").stream().map(JiraLink::issueKey).toList());
        assertEquals(List.of(), pending.ofMap(map.id()));
    }

    @Test
    void createIssue_connectionResetAfterJiraMadeTheIssue_isRecoveredAtOnce() {
        JourneyMap map = smallMap();
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse()
                .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search")).withRequestBody(containing("description ~"))
                .willReturn(okJson(FakeJira.searchJson(1, FakeJira.issueJson("SHOP-7", "Checkout fails on mobile", "To Do", "new", null)))));

        CreateOutcome outcome = service.createIssue(map.id(), "p2", new CreateRequest("jira", "SHOP", "10002", null, null), PAGE, ALICE);

        assertTrue(outcome.recovered());
        assertEquals("SHOP-7", maps.find(map.id()).orElseThrow().jiraLinksOf("p2").get(0).issueKey());
        assertEquals(1, jira.server().countRequestsMatching(postRequestedFor(urlEqualTo("/jira/rest/api/2/issue")).build()).getCount());
    }

    @Test
    void createIssue_refusedByJira_leavesNoPendingLinkNorRecord() {
        JourneyMap map = smallMap();
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse().withStatus(400)
                .withBody(FakeJira.errorJson(null, "issuetype", "The issue type selected is invalid."))));

        JiraException e = assertThrows(JiraException.class, () -> service.createIssue(map.id(), "p1",
                new CreateRequest("jira", "SHOP", "999", null, null), PAGE, ALICE));

        assertEquals(JiraFault.BAD_REQUEST, e.fault());
        assertEquals("issuetype", e.fieldErrors().get(0).field());
        JourneyMap after = maps.find(map.id()).orElseThrow();
        assertEquals(List.of(), after.jiraLinks());
        assertEquals(map.cards(), after.cards());
        assertEquals(List.of(), pending.ofMap(map.id()));
    }

    @Test
    void createIssue_jiraDown_keepsTheMapAndLeavesNothingPending() throws IOException {
        JourneyMap map = smallMap();
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = s.getLocalPort();
        }
        JiraService down = service(new RestJiraGateway(TokenJiraConnections.of("http://127.0.0.1:" + closed, FakeJira.TOKEN)));

        JiraException e = assertThrows(JiraException.class, () -> down.createIssue(map.id(), "p1",
                new CreateRequest("jira", "SHOP", "10002", null, null), PAGE, ALICE));

        assertEquals(JiraFault.UNREACHABLE, e.fault());
        assertEquals(map.cards(), maps.find(map.id()).orElseThrow().cards());
        assertEquals(List.of(), maps.find(map.id()).orElseThrow().jiraLinks());
        assertEquals(List.of(), pending.ofMap(map.id()));
    }

    @Test
    void createIssue_refusesCardsOutsidePainPointsAndOpportunities_andBadInput() {
        JourneyMap map = smallMap();

        assertThrows(InvalidInputException.class, () -> service.createIssue(map.id(), "a1",
                new CreateRequest("jira", "SHOP", "1", null, null), PAGE, ALICE));
        assertThrows(InvalidInputException.class, () -> service.createIssue(map.id(), "p1",
                new CreateRequest("jira", "SH OP", "1", null, null), PAGE, ALICE));
        assertThrows(InvalidInputException.class, () -> service.createIssue(map.id(), "p1",
                new CreateRequest("jira", "SHOP", "1", " ", null), PAGE, ALICE));
        assertThrows(InvalidInputException.class, () -> service.createIssue(map.id(), "p1",
                new CreateRequest("elsewhere", "SHOP", "1", null, null), PAGE, ALICE));
        assertEquals(0, jira.server().getAllServeEvents().size(), "Jira was never asked");
    }

    @Test
    void linkIssue_checksTheKeyInJira_storesItsStatus_andLinkingAgainChangesNothing() {
        JourneyMap map = smallMap();
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/issue/SHOP-7?fields=summary,status,assignee"))
                .willReturn(okJson(FakeJira.issueJson("SHOP-7", "Checkout fails", "In Progress", "indeterminate", "Bob"))));
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/issue/SHOP-404?fields=summary,status,assignee"))
                .willReturn(aResponse().withStatus(404).withBody(FakeJira.errorJson("Issue Does Not Exist", null, null))));

        CreateOutcome linked = service.linkIssue(map.id(), "p2", "jira", "shop-7", PAGE, ALICE);
        long version = maps.version(map.id()).orElseThrow();
        service.linkIssue(map.id(), "p2", "jira", "SHOP-7", PAGE, ALICE);

        assertEquals(new JiraLink("p2", "jira", "SHOP-7", "Checkout fails", "In Progress", StatusCategory.INDETERMINATE,
                "Bob", now.get(), JiraLinkState.OK), linked.link());
        assertEquals(version, maps.version(map.id()).orElseThrow());
        assertEquals(1, maps.find(map.id()).orElseThrow().jiraLinksOf("p2").size());
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> service.linkIssue(map.id(), "p1", "jira", "SHOP-404", PAGE, ALICE));
        assertEquals("issueKey", unknown.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> service.linkIssue(map.id(), "p1", "jira", "not a key", PAGE, ALICE));
    }

    @Test
    void unlink_removesTheLinkAsAnEdit_andJirasLinkBack() {
        JourneyMap map = repo.insert(JiraTestMaps.small(42).withJiraLinks(List.of(
                new JiraLink("p1", "jira", "SHOP-7", "S", "Open", StatusCategory.NEW, null, null))), ALICE);
        jira.server().stubFor(delete(urlPathEqualTo("/jira/rest/api/2/issue/SHOP-7/remotelink")).willReturn(aResponse().withStatus(204)));

        JourneyMap after = service.unlink(map.id(), "p1", "SHOP-7", ALICE);

        assertEquals(List.of(), after.jiraLinks());
        assertEquals(map.version() + 1, after.version());
        jira.server().verify(deleteRequestedFor(urlPathEqualTo("/jira/rest/api/2/issue/SHOP-7/remotelink"))
                .withQueryParam("globalId", equalTo(JiraService.globalId(map.id(), "p1"))));
        assertThrows(io.journeymaps.common.NotFoundException.class, () -> service.unlink(map.id(), "p1", "SHOP-7", ALICE));
    }

    @Test
    void refresh_120LinkedIssues_costsExactlyThreeSearches_thenNoneWhileFresh() {
        List<JiraLink> links = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            links.add(new JiraLink("c" + i, "jira", "SHOP-" + i, "old", "To Do", StatusCategory.NEW, null, null));
        }
        JourneyMap map = repo.insert(JiraTestMaps.manyPainPoints(42, 120).withJiraLinks(links), ALICE);
        stubSearchChunk(1, 50);
        stubSearchChunk(51, 100);
        stubSearchChunk(101, 120);

        RefreshOutcome first = service.refresh(map.id(), false, PAGE.url(), ALICE);

        assertEquals(3, searches());
        assertEquals(120, first.refreshed());
        assertEquals(List.of(), first.faults());
        JourneyMap after = maps.find(map.id()).orElseThrow();
        assertTrue(after.jiraLinks().stream().allMatch(l -> "Done".equals(l.statusName())
                && l.statusCategory() == StatusCategory.DONE && l.state() == JiraLinkState.OK && now.get().equals(l.fetchedAt())));
        assertEquals("Issue 77", after.jiraLinksOf("c77").get(0).summary());

        service.refresh(map.id(), false, PAGE.url(), ALICE);
        assertEquals(3, searches(), "fresh values are not asked for again");

        now.set(now.get().plus(Duration.ofMinutes(6)));
        long version = maps.version(map.id()).orElseThrow();
        service.refresh(map.id(), false, PAGE.url(), ALICE);
        assertEquals(6, searches(), "older than the maximum age: asked again, 3 searches");
        assertEquals(version, maps.version(map.id()).orElseThrow(), "same values: only the fetched time moved, no new version");
    }

    @Test
    void refresh_deletedIssue_isNotFound_otherIssueMovedGetsItsNewKey() {
        JourneyMap map = repo.insert(JiraTestMaps.small(42).withJiraLinks(List.of(
                new JiraLink("p1", "jira", "SHOP-1", "kept", "To Do", StatusCategory.NEW, "Bob", null),
                new JiraLink("p2", "jira", "SHOP-2", "moved", "To Do", StatusCategory.NEW, null, null))), ALICE);
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search")).willReturn(okJson(FakeJira.searchJson(0))));
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/issue/SHOP-1?fields=summary,status,assignee"))
                .willReturn(aResponse().withStatus(404).withBody(FakeJira.errorJson("Issue Does Not Exist", null, null))));
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/issue/SHOP-2?fields=summary,status,assignee"))
                .willReturn(okJson(FakeJira.issueJson("CX-9", "moved", "Done", "done", null))));

        service.refresh(map.id(), true, PAGE.url(), ALICE);

        JourneyMap after = maps.find(map.id()).orElseThrow();
        JiraLink gone = after.jiraLinksOf("p1").get(0);
        assertEquals(JiraLinkState.NOT_FOUND, gone.state());
        assertEquals("Issue no longer exists", gone.state().message());
        assertEquals("kept", gone.summary(), "the cached values stay");
        assertEquals("Bob", gone.assignee());
        assertEquals("CX-9", after.jiraLinksOf("p2").get(0).issueKey());
    }

    @Test
    void refresh_faultsKeepTheCachedValues_andMarkTheLinks() {
        JiraLink cached = new JiraLink("p1", "jira", "SHOP-1", "kept", "In Progress", StatusCategory.INDETERMINATE, "Bob", null);
        JourneyMap map = repo.insert(JiraTestMaps.small(42).withJiraLinks(List.of(cached)), ALICE);
        record Case(int status, JiraLinkState state) {
        }
        for (Case c : List.of(new Case(503, JiraLinkState.ERROR), new Case(401, JiraLinkState.AUTH_REQUIRED),
                new Case(429, JiraLinkState.RATE_LIMITED))) {
            jira.server().resetAll();
            jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search")).willReturn(aResponse().withStatus(c.status())));

            RefreshOutcome outcome = service.refresh(map.id(), true, PAGE.url(), ALICE);

            JiraLink after = maps.find(map.id()).orElseThrow().jiraLinksOf("p1").get(0);
            assertEquals(cached.withState(c.state()), after, "status " + c.status());
            assertEquals(1, outcome.faults().size());
        }
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search")).willReturn(aResponse()
                .withFixedDelay((int) FakeJira.REQUEST_TIMEOUT.multipliedBy(3).toMillis())));
        service.refresh(map.id(), true, PAGE.url(), ALICE);
        JiraLink unreachable = maps.find(map.id()).orElseThrow().jiraLinksOf("p1").get(0);
        assertEquals(cached.withState(JiraLinkState.UNREACHABLE), unreachable);
        assertEquals("Jira unreachable — retry", unreachable.state().message());
    }

    @Test
    void bulkCreate_createsForUnlinkedPainPointsOfTheStage_withAResultPerCard() {
        JourneyMap map = smallMap();
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse().withStatus(201)
                .withBody(FakeJira.createdJson("10040", "SHOP-7"))));

        List<BulkCardResult> stage = service.bulkCreate(map.id(), "st1", "jira", "SHOP", "10002", PAGE, ALICE);

        assertEquals(List.of(new BulkCardResult("p1", BulkCardResult.Outcome.CREATED, "SHOP-7", null, null, List.of())), stage);
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse().withStatus(201)
                .withBody(FakeJira.createdJson("10041", "SHOP-8"))));
        List<BulkCardResult> rest = service.bulkCreate(map.id(), null, "jira", "SHOP", "10002", PAGE, ALICE);
        assertEquals(List.of("p2"), rest.stream().map(BulkCardResult::cardId).toList(), "p1 is linked already; o1 is no pain point");
        assertEquals(2, jira.server().countRequestsMatching(postRequestedFor(urlEqualTo("/jira/rest/api/2/issue")).build()).getCount());
    }

    @Test
    void bulkCreate_afterJiraGoesDown_skipsTheRest() {
        JourneyMap map = smallMap();
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "5")));

        List<BulkCardResult> results = service.bulkCreate(map.id(), null, "jira", "SHOP", "10002", PAGE, ALICE);

        assertEquals(List.of(BulkCardResult.Outcome.FAILED, BulkCardResult.Outcome.SKIPPED),
                results.stream().map(BulkCardResult::outcome).toList());
        assertEquals(List.of(JiraFault.RATE_LIMITED, JiraFault.RATE_LIMITED), results.stream().map(BulkCardResult::fault).toList());
        assertEquals(1, jira.server().countRequestsMatching(postRequestedFor(urlEqualTo("/jira/rest/api/2/issue")).build()).getCount());
        assertEquals(List.of(), maps.find(map.id()).orElseThrow().jiraLinks());
        assertNull(pending.find(map.id(), "p1", "jira").orElse(null));
    }

    private void stubSearchChunk(int from, int to) {
        List<String> keys = new ArrayList<>();
        List<String> issues = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            keys.add("SHOP-" + i);
            issues.add(FakeJira.issueJson("SHOP-" + i, "Issue " + i, "Done", "done", null));
        }
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search"))
                .withRequestBody(matchingJsonPath("$.jql", equalTo("key in (" + String.join(",", keys) + ")")))
                .withRequestBody(matchingJsonPath("$.maxResults", equalTo(Integer.toString(keys.size()))))
                .willReturn(okJson(FakeJira.searchJson(keys.size(), issues.toArray(String[]::new)))));
    }

    private int searches() {
        return jira.server().countRequestsMatching(postRequestedFor(urlEqualTo("/jira/rest/api/2/search")).build()).getCount();
    }

    private static String onlyRequestBody(String url) {
        List<LoggedRequest> sent = jira.server().findAll(postRequestedFor(urlEqualTo(url)));
        assertEquals(1, sent.size(), "requests to " + url);
        return sent.get(0).getBodyAsString();
    }

    private static String marker(String body) {
        Matcher m = MARKER.matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }
}
