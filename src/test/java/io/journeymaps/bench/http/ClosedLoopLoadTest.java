package io.journeymaps.bench.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.journeymaps.bench.BenchmarkRow;

class ClosedLoopLoadTest {

    @Test
    void percentile_isNearestRankOfSortedValues() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(50, Latencies.percentile(sorted, 50));
        assertEquals(95, Latencies.percentile(sorted, 95));
        assertEquals(99, Latencies.percentile(sorted, 99));
        assertEquals(7, Latencies.percentile(new long[] {7}, 99));
        assertEquals(0, Latencies.percentile(new long[0], 50));
    }

    @Test
    void run_countsOnlyTheMeasuringWindow_andSortsOutcomes() throws Exception {
        AtomicInteger sent = new AtomicInteger();
        ClosedLoopLoad load = new ClosedLoopLoad(Duration.ofMillis(200), Duration.ofMillis(400));
        LoadResult result = load.run("fake", 2, c -> () -> {
            Thread.sleep(10);
            int n = sent.incrementAndGet();
            return n % 10 == 0 ? 503 : n % 10 == 5 ? 409 : 200;
        }, OperationsClient::outcome);
        assertTrue(result.requests() > 20 && result.requests() < sent.get(),
                "measured " + result.requests() + " of " + sent.get() + " sent");
        assertTrue(result.p50Nanos() >= 10_000_000L, "p50 " + result.p50Nanos());
        assertTrue(result.conflicts() > 0 && result.busy() > 0, result.figure());
        assertEquals(0, result.errors());
        assertEquals(BenchmarkRow.Verdict.INFO, HttpLoadSection.row(result).verdict());
    }

    @Test
    void run_countsFailuresAsErrors_andTheRowFails() throws Exception {
        ClosedLoopLoad load = new ClosedLoopLoad(Duration.ofMillis(50), Duration.ofMillis(200));
        AtomicInteger sent = new AtomicInteger();
        LoadResult result = load.run("failing", 1, c -> () -> {
            Thread.sleep(5);
            if (sent.incrementAndGet() % 2 == 0) {
                throw new java.io.IOException("connection reset");
            }
            return 500;
        }, ClosedLoopLoad.OK_200);
        assertEquals(result.requests(), result.errors());
        assertTrue(result.errorRate() > 0);
        assertEquals(BenchmarkRow.Verdict.FAIL, HttpLoadSection.row(result).verdict());
    }

    @Test
    void ratio_comparesThroughputAndLatencyOfTheTwoPages() {
        LoadResult withMap = new LoadResult("map", 1, 50, 5, 40_000_000L, 80_000_000L, 90_000_000L, 0, 0, 0);
        LoadResult without = new LoadResult("plain", 1, 500, 5, 4_000_000L, 10_000_000L, 12_000_000L, 0, 0, 0);
        assertEquals("throughput 0.10x, p50 latency 10.0x, p95 latency 8.0x", HttpLoadSection.ratio(withMap, without));
    }
}
