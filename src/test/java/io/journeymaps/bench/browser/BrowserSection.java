package io.journeymaps.bench.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.journeymaps.bench.BenchmarkRow;
import io.journeymaps.bench.BenchmarkSection;
import io.journeymaps.bench.BenchmarkSkipped;
import io.journeymaps.bench.Timings;
import io.journeymaps.testsupport.browser.Chromium;
import io.journeymaps.testsupport.browser.MapPage;
import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/**
 * The editor in Debian's headless Chromium against the standalone host on 127.0.0.1: time from
 * the map's data arriving to an interactive editor (the editor's own performance marks
 * jm-data-arrived / jm-interactive, as EditorInteractiveBenchmarkTest reads them) for 100 and
 * 1,000 cards, and the time from committing one card edit to the response of its save request.
 */
public final class BrowserSection implements BenchmarkSection {
    static final int WARM_UP_LOADS = 2;
    static final int LOADS = 9;
    static final int EDITS = 7;
    static final double INTERACTIVE_BUDGET_MS = 300;

    @Override
    public String title() {
        return "Browser: headless Chromium, editor on the standalone host";
    }

    @Override
    public List<BenchmarkRow> run() throws Exception {
        if (!Files.isExecutable(Chromium.BROWSER) || !Files.isExecutable(Chromium.DRIVER)) {
            throw new BenchmarkSkipped("Chromium or chromedriver not installed (" + Chromium.BROWSER + ", " + Chromium.DRIVER + ")");
        }
        if (BrowserSection.class.getResource("/frontend/journey-map-editor.js") == null) {
            throw new BenchmarkSkipped("the editor bundle is not built (build without -DskipFrontend)");
        }
        Path data = Files.createTempDirectory("jm-bench-host");
        RestHost host = RestHost.start(data);
        ChromeDriver browser = Chromium.start();
        try {
            List<BenchmarkRow> rows = new ArrayList<>();
            long page100 = 0;
            long map100 = 0;
            for (int cards : new int[] {100, 1_000}) {
                long pageId = host.createDemoPage("Benchmark " + cards + " cards");
                long mapId = mapWithCards(host, pageId, cards);
                for (int i = 0; i < WARM_UP_LOADS; i++) {
                    dataToInteractive(browser, host, pageId, mapId, cards);
                }
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < LOADS; i++) {
                    times.add(dataToInteractive(browser, host, pageId, mapId, cards));
                }
                Timings t = new Timings(times);
                String measure = "data → interactive editor · " + String.format("%,d", cards) + " cards";
                rows.add(cards == 1_000
                        ? BenchmarkRow.against(measure, t.describeWithBest(), "median < 300 ms", t.median() < INTERACTIVE_BUDGET_MS)
                        : BenchmarkRow.info(measure, t.describeWithBest()));
                if (cards == 100) {
                    page100 = pageId;
                    map100 = mapId;
                }
            }
            rows.addAll(editToSaved(browser, host, page100, map100));
            return rows;
        } finally {
            browser.quit();
            host.close();
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double dataToInteractive(ChromeDriver browser, RestHost host, long pageId, long mapId, int cards) {
        browser.get(host.baseUrl() + "/favicon.ico");
        browser.manage().addCookie(new Cookie("jm-demo-user", "alice"));
        browser.get(host.baseUrl() + "/pages/" + pageId);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> "interactive".equals(
                b.findElement(By.cssSelector("[data-map-id='" + mapId + "']")).getAttribute("data-editor-state")));
        long rendered = ((Number) browser.executeScript("return document.querySelectorAll("
                + "\"[data-map-id='" + mapId + "'] [data-card-id]\").length")).longValue();
        if (rendered != cards) {
            throw new IllegalStateException("the live grid shows " + rendered + " cards, not " + cards);
        }
        double ms = ((Number) browser.executeScript(
                "const a = performance.getEntriesByName('jm-data-arrived:' + arguments[0]);"
                        + "const b = performance.getEntriesByName('jm-interactive:' + arguments[0]);"
                        + "return a.length && b.length ? b[0].startTime - a[0].startTime : -1;", mapId)).doubleValue();
        if (ms < 0) {
            throw new IllegalStateException("the editor did not record the jm-data-arrived and jm-interactive marks");
        }
        return ms;
    }

    /**
     * Edits card texts one after another. The clock starts just before the commit key (the edit is
     * typed, Enter/Tab is next) and stops at responseEnd of the POST …/operations that follows, read
     * from the page's resource timing; the editor waits a moment after the last change before saving,
     * so the request's own round trip is reported beside it.
     */
    private static List<BenchmarkRow> editToSaved(ChromeDriver browser, RestHost host, long pageId, long mapId) {
        MapPage page = MapPage.open(browser, host.baseUrl(), "alice", pageId);
        page.assumeEditorInteractive();
        page.js("performance.setResourceTimingBufferSize(2000);");
        List<String> cardIds = page.cardIds();
        List<Double> acknowledged = new ArrayList<>();
        List<Double> sent = new ArrayList<>();
        List<Double> roundTrips = new ArrayList<>();
        for (int i = 0; i < EDITS; i++) {
            WebElement field = page.card(cardIds.get(i)).findElement(By.cssSelector("[data-field=text]"));
            WebElement editor = page.startEditing(field, "the text of card " + cardIds.get(i));
            page.replaceText(editor, "Edited in the benchmark, round " + i);
            page.js("performance.clearResourceTimings();");
            double committedAt = ((Number) page.js("return performance.now();")).doubleValue();
            page.commit(editor);
            String path = "/maps/" + mapId + "/operations";
            Object[] entry = new Object[1];
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> {
                Object found = page.js("const e = performance.getEntriesByType('resource').filter(r => r.name.includes(arguments[0])"
                        + " && r.startTime >= arguments[1] && r.responseEnd > 0);"
                        + " return e.length ? [e[0].startTime, e[0].responseEnd] : null;", path, committedAt);
                entry[0] = found;
                return found != null;
            });
            List<?> times = (List<?>) entry[0];
            double start = ((Number) times.get(0)).doubleValue();
            double end = ((Number) times.get(1)).doubleValue();
            acknowledged.add(end - committedAt);
            sent.add(start - committedAt);
            roundTrips.add(end - start);
            page.waitSaved();
        }
        Timings ack = new Timings(acknowledged);
        return List.of(
                BenchmarkRow.info("one card edit: commit → save acknowledged · 100 cards", ack.describeWithBest()),
                BenchmarkRow.info("of which commit → save request sent (the editor's 700 ms save delay)",
                        new Timings(sent).describeWithBest()),
                BenchmarkRow.info("of which the save request (POST operations) round trip", new Timings(roundTrips).describeWithBest()));
    }

    /** The page's own map (made by its macro on first view) filled to {@code cards} cards in one batch. */
    private static long mapWithCards(RestHost host, long pageId, int cards) {
        ApiClient alice = host.as("alice");
        ApiResponse view = alice.site("/pages/" + pageId, "GET", null);
        check(view.status() == 200, view);
        ApiResponse maps = alice.get("/pages/" + pageId + "/maps");
        check(maps.json().size() == 1, maps);
        JsonNode map = alice.get("/maps/" + maps.json().get(0).get("id").asLong()).json();
        List<String> lanes = new ArrayList<>();
        map.get("lanes").forEach(l -> {
            if (!"EMOTION".equals(l.get("type").asText())) {
                lanes.add(l.get("id").asText());
            }
        });
        List<String> steps = new ArrayList<>();
        map.get("stages").forEach(s -> s.get("steps").forEach(st -> steps.add(st.get("id").asText())));
        ObjectNode batch = new ObjectMapper().createObjectNode();
        batch.put("baseVersion", map.get("version").asLong());
        ArrayNode ops = batch.putArray("operations");
        for (int i = map.get("cards").size(); i < cards; i++) {
            ops.addObject().put("type", "addCard").put("cardId", "bench" + i)
                    .put("laneId", lanes.get(i % lanes.size())).put("stepId", steps.get((i / lanes.size()) % steps.size()))
                    .put("index", 0).putObject("fields").put("text", "Benchmark card " + i + " with a few words of text");
        }
        ApiResponse applied = alice.post("/maps/" + map.get("id").asLong() + "/operations", batch.toString());
        check(applied.status() == 200, applied);
        return map.get("id").asLong();
    }

    private static void check(boolean ok, ApiResponse response) {
        if (!ok) {
            throw new IllegalStateException("unexpected answer from the host: " + response);
        }
    }
}
