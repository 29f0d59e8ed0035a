package io.journeymaps.bench.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.journeymaps.map.MapVersionListener;
import io.journeymaps.bench.BenchmarkRow;
import io.journeymaps.bench.BenchmarkSection;
import io.journeymaps.bench.Timings;
import io.journeymaps.host.UserRef;
import io.journeymaps.jira.FakeJira;
import io.journeymaps.jira.JiraService;
import io.journeymaps.jira.JiraStatusSettings;
import io.journeymaps.jira.RefreshOutcome;
import io.journeymaps.jira.store.AoPendingCreates;
import io.journeymaps.map.MapService;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.Direction;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.JourneyType;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.model.MapState;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.StatusCategory;
import io.journeymaps.map.model.Step;
import io.journeymaps.map.store.AoMapStore;
import io.journeymaps.map.template.BuiltInTemplates;
import io.journeymaps.persona.store.AoPersonaStore;
import io.journeymaps.standalone.storage.StandaloneDatabase;

/**
 * How many requests a forced status refresh of N linked issues sends to Jira (WireMock on
 * 127.0.0.1 answering like Jira DC), with the plugin's real gateway and AO store on H2. Budget:
 * ⌈N/50⌉ requests (one search per 50 keys), not N.
 */
public final class JiraRefreshSection implements BenchmarkSection {
    static final int[] SIZES = {1, 50, 120, 1_000};
    private static final int STEPS = 20;
    private static final UserRef ALICE = new UserRef("alice", "Alice");

    @Override
    public String title() {
        return "Jira: requests to refresh the statuses of N linked issues";
    }

    @Override
    public List<BenchmarkRow> run() throws Exception {
        List<BenchmarkRow> rows = new ArrayList<>();
        try (FakeJira jira = new FakeJira();
             StandaloneDatabase db = StandaloneDatabase.open("jdbc:h2:mem:journeymaps-bench-jira;DB_CLOSE_DELAY=-1", "sa", "", "PUBLIC")) {
            AoMapStore store = new AoMapStore(db.aoDatabase());
            MapService maps = new MapService(store, new AoPersonaStore(db.aoDatabase()), new BuiltInTemplates(),
                    MapVersionListener.NONE);
            JiraService service = new JiraService(jira.gateway(), maps, new AoPendingCreates(db.aoDatabase()), new JiraStatusSettings());
            // One untimed refresh first, so the HTTP client and WireMock are warm for the timed ones.
            service.refresh(prepare(jira, store, maps, 1_999, 1), true, "http://wiki.example/pages/1", ALICE);
            for (int n : SIZES) {
                long mapId = prepare(jira, store, maps, 2_000 + n, n);
                long start = System.nanoTime();
                RefreshOutcome outcome = service.refresh(mapId, true, "http://wiki.example/pages/1", ALICE);
                double ms = (System.nanoTime() - start) / 1e6;
                int requests = jira.server().countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount();
                int budget = (n + 49) / 50;
                boolean allFresh = outcome.refreshed() == n && outcome.faults().isEmpty()
                        && outcome.map().jiraLinks().stream().allMatch(l -> "Done".equals(l.statusName()));
                rows.add(BenchmarkRow.against("refresh " + String.format("%,d", n) + (n == 1 ? " linked issue" : " linked issues"),
                        requests + (requests == 1 ? " request" : " requests") + ", " + outcome.refreshed() + " refreshed"
                                + (allFresh ? "" : " (NOT all refreshed: " + outcome.faults() + ")") + ", " + Timings.ms(ms),
                        "≤ " + budget + " (⌈N/50⌉)", requests <= budget && allFresh));
            }
        }
        return rows;
    }

    /** A map with n linked issues, and Jira stubbed to answer its searches; returns the map's id. */
    private static long prepare(FakeJira jira, AoMapStore store, MapService maps, long pageId, int n) {
        jira.reset();
        JourneyMap map = store.insert(linkedMap(pageId, n), ALICE);
        // The refresh asks for the keys in the stored map's link order (cards in grid order), 50 at a time.
        List<String> keys = maps.find(map.id()).orElseThrow().jiraLinks().stream().map(JiraLink::issueKey).distinct().toList();
        for (int from = 0; from < keys.size(); from += 50) {
            stubSearch(jira, keys.subList(from, Math.min(keys.size(), from + 50)));
        }
        return map.id();
    }

    /** One pain-point lane, 20 steps, n cards each linked to SHOP-i whose cached status is stale ("To Do"). */
    static JourneyMap linkedMap(long pageId, int n) {
        List<Step> steps = new ArrayList<>();
        for (int s = 0; s < STEPS; s++) {
            steps.add(new Step("s" + s, "Step " + s, false));
        }
        List<Card> cards = new ArrayList<>();
        List<JiraLink> links = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            cards.add(new Card("c" + i, "pain", "s" + (i % STEPS), CardDetails.of(Map.of(CardField.TEXT, "Pain " + i))));
            links.add(new JiraLink("c" + i, "jira", "SHOP-" + i, "old", "To Do", StatusCategory.NEW, null, null));
        }
        MapHeader header = new MapHeader(pageId, "DEMO", "k" + pageId, "Jira refresh benchmark", null, JourneyType.NEW_CUSTOMER,
                MapState.CURRENT, null, null, null, Direction.LTR, "en", "tpl", 0, null, null);
        return new JourneyMap(0, header, List.of(new Stage("st1", "All", false, steps)),
                List.of(new Lane("pain", LaneType.PAIN_POINTS, "Pain points", false)), cards, List.of(), List.of(), List.of())
                .withJiraLinks(links);
    }

    /** Jira's answer to the search for these keys: every issue, now Done. */
    private static void stubSearch(FakeJira jira, List<String> keys) {
        List<String> issues = keys.stream()
                .map(k -> FakeJira.issueJson(k, "Issue " + k.substring(k.indexOf('-') + 1), "Done", "done", null)).toList();
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search"))
                .withRequestBody(matchingJsonPath("$.jql", equalTo("key in (" + String.join(",", keys) + ")")))
                .willReturn(okJson(FakeJira.searchJson(keys.size(), issues.toArray(String[]::new)))));
    }
}
