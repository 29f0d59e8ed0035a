package io.journeymaps.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.journeymaps.jira.FakeJira;
import io.journeymaps.jira.JiraStatusSettings;
import io.journeymaps.testsupport.browser.BrowserSessions;
import io.journeymaps.testsupport.browser.Chromium;
import io.journeymaps.testsupport.browser.JiraOnMap;
import io.journeymaps.testsupport.browser.MapPage;
import io.journeymaps.testsupport.browser.Waits;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/**
 * Jira in a real browser: the standalone host talks to a WireMock Jira (Data Center REST v2 shapes)
 * with a personal access token. Alice creates an issue from a pain point and its chip follows the
 * status in Jira; bob, a viewer, sees the chips but no way to create or link.
 */
class JiraBrowserTest {
    @TempDir
    static Path data;
    private static FakeJira jira;
    private static RestHost host;
    private static MapsOverRest rest;
    private static long pageId;
    private static long mapId;
    private static List<String> painPoints;

    @RegisterExtension
    final BrowserSessions browsers = new BrowserSessions();

    @BeforeAll
    static void start() throws Exception {
        Chromium.assumeAvailable();
        // Every open refreshes the statuses, so "after a refresh" is simply the next page load.
        System.setProperty(JiraStatusSettings.MAX_AGE_PROPERTY, "0");
        jira = new FakeJira();
        host = RestHost.startWithJira(data, jira.baseUrl(), FakeJira.TOKEN);
        rest = new MapsOverRest(host);
        pageId = host.pageId(RestHost.DEMO_PAGE);
        JsonNode map = rest.firstMapOf(pageId);
        mapId = map.get("id").asLong();
        List<String> painLanes = new ArrayList<>();
        map.get("lanes").forEach(l -> {
            if (l.get("type").asText().equals("PAIN_POINTS")) {
                painLanes.add(l.get("id").asText());
            }
        });
        painPoints = new ArrayList<>();
        map.get("cards").forEach(c -> {
            if (painLanes.contains(c.get("laneId").asText()) && c.get("jiraLinks").isEmpty()) {
                painPoints.add(c.get("id").asText());
            }
        });
        assertTrue(!painLanes.isEmpty(), "the demo map has a pain point lane");
        // A pain point of our own, so the two tests never share a card.
        String step = map.get("stages").get(0).get("steps").get(0).get("id").asText();
        ApiResponse added = host.as("alice").post("/maps/" + mapId + "/operations", """
                {"baseVersion":%d,"operations":[{"type":"addCard","cardId":"jirabrowser1","laneId":"%s","stepId":"%s","index":0,
                 "fields":{"text":"Checkout fails on mobile","severity":"HIGH"}}]}""".formatted(
                map.get("version").asLong(), painLanes.get(0), step));
        assertEquals(200, added.status(), added::toString);
        painPoints.add("jirabrowser1");
        assertTrue(painPoints.size() >= 2, "two unlinked pain points: " + painPoints);
        stubJira("To Do", "new");
    }

    @AfterAll
    static void stop() throws Exception {
        System.clearProperty(JiraStatusSettings.MAX_AGE_PROPERTY);
        try {
            if (host != null) {
                host.close();
            }
        } finally {
            if (jira != null) {
                jira.close();
            }
        }
    }

    /** Jira with project SHOP, issue type Task, SHOP-7 (created) and SHOP-8, both in the given status. */
    private static void stubJira(String status, String category) {
        jira.reset();
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/project")).willReturn(okJson(
                "[{\"self\":\"http://jira.example/rest/api/2/project/10000\",\"id\":\"10000\",\"key\":\"SHOP\",\"name\":\"Online shop\"}]")));
        jira.server().stubFor(get(urlPathEqualTo("/jira/rest/api/2/issue/createmeta/SHOP/issuetypes")).willReturn(okJson("""
                {"maxResults":50,"startAt":0,"total":1,"isLast":true,"values":[
                 {"self":"http://jira.example/rest/api/2/issuetype/10002","id":"10002","name":"Task","subtask":false}]}""")));
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(FakeJira.createdJson("10040", "SHOP-7"))));
        for (String key : List.of("SHOP-7", "SHOP-8")) {
            jira.server().stubFor(get(urlPathEqualTo("/jira/rest/api/2/issue/" + key)).willReturn(
                    okJson(FakeJira.issueJson(key, "Checkout fails", status, category, "Carol"))));
        }
        jira.server().stubFor(post(urlPathMatching("/jira/rest/api/2/issue/[A-Z]+-[0-9]+/remotelink"))
                .willReturn(aResponse().withStatus(201).withBody("{\"id\":1,\"self\":\"x\"}")));
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search")).willReturn(okJson(FakeJira.searchJson(2,
                FakeJira.issueJson("SHOP-7", "Checkout fails", status, category, "Carol"),
                FakeJira.issueJson("SHOP-8", "Checkout fails", status, category, "Carol")))));
    }

    @Test
    void editor_createsAnIssueFromAPainPoint_andTheChipFollowsTheStatusInJira() {
        String cardId = painPoints.get(0);
        MapPage page = MapPage.open(browsers.open(), host.baseUrl(), "alice", pageId).assumeEditorInteractive();
        JiraOnMap jiraOnMap = new JiraOnMap(page);

        jiraOnMap.createIssue(cardId);

        Waits.until("the SHOP-7 chip on card " + cardId, () -> jiraOnMap.chip(cardId, "SHOP-7").isPresent(),
                () -> page.card(cardId).getText());
        Waits.until("the new chip's status from Jira", () -> "To Do".equals(jiraOnMap.chipStatus(cardId, "SHOP-7")),
                () -> jiraOnMap.chipStatus(cardId, "SHOP-7"));
        page.screenshot("jira-created-chip");

        stubJira("Done", "done");
        page.reload().assumeEditorInteractive();
        Waits.until("the SHOP-7 chip to show Done after the refresh", () -> "Done".equals(jiraOnMap.chipStatus(cardId, "SHOP-7")),
                () -> jiraOnMap.chipStatus(cardId, "SHOP-7"));
    }

    @Test
    void viewer_seesChips_butNoCreateOrLinkActions() {
        String cardId = painPoints.get(1);
        ApiResponse linked = host.as("alice").post("/maps/" + mapId + "/cards/" + cardId + "/jira-links", "{\"issueKey\":\"SHOP-8\"}");
        assertEquals(200, linked.status(), linked::toString);

        MapPage page = MapPage.open(browsers.open(), host.baseUrl(), "bob", pageId).assumeEditorInteractive();
        JiraOnMap jiraOnMap = new JiraOnMap(page);

        Waits.until("the SHOP-8 chip for bob", () -> jiraOnMap.chip(cardId, "SHOP-8").isPresent(), () -> page.card(cardId).getText());
        assertEquals(List.of(), jiraOnMap.jiraEditControls(), "Jira edit controls shown to a viewer");
    }
}
