package io.journeymaps.bench.http;

import java.util.Locale;

/**
 * One measured run: how many requests completed in the measuring window, their latency
 * percentiles, and how many answers were errors, conflicts (409) or busy (503).
 */
record LoadResult(String scenario, int clients, long requests, double seconds, long p50Nanos, long p95Nanos,
                  long p99Nanos, long errors, long conflicts, long busy) {

    double throughput() {
        return seconds <= 0 ? 0 : requests / seconds;
    }

    double errorRate() {
        return requests == 0 ? (errors == 0 ? 0 : 1) : (double) errors / requests;
    }

    String figure() {
        String figure = String.format(Locale.ROOT, "%.0f req/s; p50 %s, p95 %s, p99 %s; %d requests",
                throughput(), millis(p50Nanos), millis(p95Nanos), millis(p99Nanos), requests);
        if (conflicts > 0 || busy > 0) {
            figure += String.format(Locale.ROOT, "; 409: %d, 503: %d", conflicts, busy);
        }
        return figure + String.format(Locale.ROOT, "; errors %d", errors);
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
