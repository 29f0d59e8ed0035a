package io.journeymaps.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Measured durations in milliseconds, with the median and the 95th percentile (nearest rank). */
public record Timings(List<Double> millis) {
    public Timings {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(Double::compare);
        millis = List.copyOf(sorted);
    }

    public double median() {
        int n = millis.size();
        return n % 2 == 1 ? millis.get(n / 2) : (millis.get(n / 2 - 1) + millis.get(n / 2)) / 2;
    }

    public double p95() {
        int rank = (int) Math.ceil(0.95 * millis.size());
        return millis.get(Math.max(0, rank - 1));
    }

    public double best() {
        return millis.get(0);
    }

    /** "median 12.3 ms · p95 15.0 ms · best 9.8 ms (n=9)": the best run is the cost least disturbed by other work. */
    public String describeWithBest() {
        return "median " + ms(median()) + " · p95 " + ms(p95()) + " · best " + ms(best()) + " (n=" + count() + ")";
    }

    public int count() {
        return millis.size();
    }

    /** "median 12.3 ms · p95 15.0 ms (n=30)". */
    public String describe() {
        return "median " + ms(median()) + " · p95 " + ms(p95()) + " (n=" + count() + ")";
    }

    public static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.1f ms", millis);
    }
}
