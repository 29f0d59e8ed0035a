package io.journeymaps.bench.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.journeymaps.bench.BenchmarkRow;
import io.journeymaps.bench.BenchmarkSection;

/**
 * Over HTTP on 127.0.0.1 against the standalone host (in this JVM, H2 in a temp folder): page
 * views with and without a 1,000-card map, GET of the map JSON and POST of small card edits, each
 * for 1, 8 and 32 closed-loop clients with a warm-up and a fixed measuring window. product.md sets
 * no budget for these: rows are INFO, except that any error makes a row FAIL.
 *
 * <p>The load generator shares the machine (and this JVM) with the server, as wrk on the same host
 * would: figures compare runs on one machine, not machines.
 */
public final class HttpLoadSection implements BenchmarkSection {
    static final int[] CLIENTS = {1, 8, 32};
    private static final String MAP_PAGE = "page view, 1,000-card map";
    private static final String PLAIN_PAGE = "page view, same page without the macro";
    private static final String GET_MAP = "GET map JSON, 1,000 cards";
    private static final String POST_OPS = "POST operations, one card edit each";

    private final Duration warmUp;
    private final Duration measure;

    /** Warm-up and window from -Dbench.http.warmup / -Dbench.http.measure (seconds), else 2 s and 5 s. */
    public HttpLoadSection() {
        this(Duration.ofMillis(seconds("bench.http.warmup", 2)), Duration.ofMillis(seconds("bench.http.measure", 5)));
    }

    HttpLoadSection(Duration warmUp, Duration measure) {
        this.warmUp = warmUp;
        this.measure = measure;
    }

    @Override
    public String title() {
        return "HTTP on 127.0.0.1 (standalone host, H2; closed-loop Java clients, " + warmUp.toSeconds()
                + " s warm-up, " + measure.toSeconds() + " s measured)";
    }

    @Override
    public List<BenchmarkRow> run() throws Exception {
        Path folder = Files.createTempDirectory("journeymaps-http-bench-");
        try (LoadFixture fixture = LoadFixture.start(folder)) {
            return measure(fixture);
        } finally {
            deleteTree(folder);
        }
    }

    private List<BenchmarkRow> measure(LoadFixture fixture) throws Exception {
        ClosedLoopLoad load = new ClosedLoopLoad(warmUp, measure);
        List<BenchmarkRow> rows = new ArrayList<>();
        List<LoadResult> all = new ArrayList<>();
        int withMap = fixture.get(fixture.pagePath(fixture.mapPageId())).body().length();
        int without = fixture.get(fixture.pagePath(fixture.plainPageId())).body().length();
        rows.add(BenchmarkRow.info("page size with the map / without", String.format(Locale.ROOT,
                "%,d / %,d characters of HTML", withMap, without)));
        String mapPage = fixture.pagePath(fixture.mapPageId());
        String plainPage = fixture.pagePath(fixture.plainPageId());
        String mapJson = fixture.restPath("/maps/" + fixture.mapId());
        for (int clients : CLIENTS) {
            LoadResult page = load.run(MAP_PAGE, clients, c -> () -> fixture.getStatus(mapPage), ClosedLoopLoad.OK_200);
            LoadResult plain = load.run(PLAIN_PAGE, clients, c -> () -> fixture.getStatus(plainPage), ClosedLoopLoad.OK_200);
            LoadResult get = load.run(GET_MAP, clients, c -> () -> fixture.getStatus(mapJson), ClosedLoopLoad.OK_200);
            long version = fixture.map().get("version").asLong();
            List<String> cards = fixture.benchCards();
            LoadResult post = load.run(POST_OPS, clients,
                    c -> new OperationsClient(fixture, c, OperationsClient.cardsOf(cards, c, clients), version),
                    OperationsClient::outcome);
            for (LoadResult result : List.of(page, plain, get, post)) {
                rows.add(row(result));
                all.add(result);
                System.out.println("[http bench] " + result.scenario() + ", " + clients + " clients: " + result.figure());
            }
            rows.add(BenchmarkRow.info("macro cost (with map / without), " + clients + clients(clients),
                    ratio(page, plain)));
        }
        long errors = all.stream().mapToLong(LoadResult::errors).sum();
        long requests = all.stream().mapToLong(LoadResult::requests).sum();
        String figure = String.format(Locale.ROOT, "%d of %,d requests (%.3f %%)", errors, requests,
                requests == 0 ? 0 : 100.0 * errors / requests);
        rows.add(errors == 0 ? BenchmarkRow.info("HTTP error rate, all runs", figure)
                : BenchmarkRow.against("HTTP error rate, all runs", figure, "0", false));
        return rows;
    }

    static BenchmarkRow row(LoadResult result) {
        String measure = result.scenario() + ", " + result.clients() + clients(result.clients());
        return result.errors() == 0 && result.requests() > 0 ? BenchmarkRow.info(measure, result.figure())
                : BenchmarkRow.against(measure, result.figure(), "no errors", false);
    }

    static String ratio(LoadResult withMap, LoadResult without) {
        double throughput = without.throughput() == 0 ? 0 : withMap.throughput() / without.throughput();
        double p50 = without.p50Nanos() == 0 ? 0 : (double) withMap.p50Nanos() / without.p50Nanos();
        double p95 = without.p95Nanos() == 0 ? 0 : (double) withMap.p95Nanos() / without.p95Nanos();
        return String.format(Locale.ROOT, "throughput %.2fx, p50 latency %.1fx, p95 latency %.1fx",
                throughput, p50, p95);
    }

    private static String clients(int n) {
        return n == 1 ? " client" : " clients";
    }

    private static long seconds(String property, long defaultSeconds) {
        String value = System.getProperty(property);
        double s = value == null || value.isBlank() ? defaultSeconds : Double.parseDouble(value.strip());
        return Math.round(s * 1000);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("could not delete " + root + ": " + e.getMessage());
        }
    }

    /** Runs this section alone and prints its rows. */
    public static void main(String[] args) throws Exception {
        HttpLoadSection section = new HttpLoadSection();
        long began = System.nanoTime();
        List<BenchmarkRow> rows = section.run();
        System.out.println();
        System.out.println("## " + section.title());
        System.out.println();
        System.out.println("| Measure | Figure | Budget | Verdict |");
        System.out.println("|---|---|---|---|");
        for (BenchmarkRow row : rows) {
            System.out.println("| " + row.measure() + " | " + row.figure() + " | " + row.budget() + " | "
                    + row.verdict() + " |");
        }
        System.out.printf(Locale.ROOT, "%nTook %.0f s.%n", (System.nanoTime() - began) / 1e9);
    }
}
