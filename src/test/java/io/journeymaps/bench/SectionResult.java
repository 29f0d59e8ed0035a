package io.journeymaps.bench;

import java.util.List;

/** What one section produced: its rows, or the note saying why it did not run (rows empty). */
public record SectionResult(String title, List<BenchmarkRow> rows, String note, double seconds) {
    public SectionResult {
        rows = List.copyOf(rows);
    }

    public static SectionResult ran(String title, List<BenchmarkRow> rows, double seconds) {
        return new SectionResult(title, rows, null, seconds);
    }

    public static SectionResult skipped(String title, String note) {
        return new SectionResult(title, List.of(), note, 0);
    }

    public boolean wasSkipped() {
        return note != null;
    }

    public long count(BenchmarkRow.Verdict verdict) {
        return rows.stream().filter(r -> r.verdict() == verdict).count();
    }
}
