package io.journeymaps.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The results format is the record of every run: its tables, verdicts and history line must not silently change. */
class ResultsWriterTest {
    private static final ResultsWriter.Run RUN = new ResultsWriter.Run(Instant.parse("2026-11-23T01:40:00Z"), "abc123def456",
            new Machine("Test CPU @ 2.0GHz", 2, "8.0 GiB", "Debian GNU/Linux 12 (bookworm), kernel 6.1", "OpenJDK 17.0.15",
                    "Chromium 120.0"), "0.50 at start, 0.70 at end", 150);

    private static final SectionResult SERVER = SectionResult.ran("Server: H2", List.of(
            BenchmarkRow.info("H2 · load + JSON · 10 cards", "median 1.20 ms · p95 2.00 ms (n=60) · 7 SQL"),
            BenchmarkRow.against("H2 · static render · 1,000 cards", "median 12.0 ms", "median < 50 ms", true)), 12);

    @Test
    void resultsMarkdown_hasMachineTablesVerdictsAndOverallLine() {
        SectionResult jira = SectionResult.ran("Jira", List.of(
                BenchmarkRow.against("refresh 120 | linked issues", "4 requests", "≤ 3 (⌈N/50⌉)", false)), 1);
        SectionResult http = SectionResult.skipped("HttpLoadSection", "not on the class path");

        String md = ResultsWriter.resultsMarkdown(RUN, List.of(SERVER, jira, http));

        assertTrue(md.startsWith("# Benchmark results\n\nOverall: **FAIL — 1 PASS, 1 FAIL, 1 INFO; 1 section skipped**\n"), md);
        for (String line : List.of("| Date | 2026-11-23 01:40 UTC |", "| Commit | abc123def456 |", "| CPU | Test CPU @ 2.0GHz |",
                "| Cores | 2 |", "| RAM | 8.0 GiB |", "| OS | Debian GNU/Linux 12 (bookworm), kernel 6.1 |",
                "| Java | OpenJDK 17.0.15 |", "| Chromium | Chromium 120.0 |", "| Load average (1 min) | 0.50 at start, 0.70 at end |", "| Duration | 2.5 min |",
                "## Server: H2\n\n| Measure | Figure | Budget | Verdict |\n|---|---|---|---|\n",
                "| H2 · load + JSON · 10 cards | median 1.20 ms · p95 2.00 ms (n=60) · 7 SQL |  | INFO |\n",
                "| H2 · static render · 1,000 cards | median 12.0 ms | median < 50 ms | PASS |\n",
                "| refresh 120 \\| linked issues | 4 requests | ≤ 3 (⌈N/50⌉) | **FAIL** |\n",
                "## HttpLoadSection\n\n_Not run: not on the class path_\n")) {
            assertTrue(md.contains(line), () -> "missing " + line + " in\n" + md);
        }
    }

    @Test
    void overallVerdict_passWhenNoRowFails_skippedAndInfoDoNotFail() {
        SectionResult skipped = SectionResult.skipped("PostgreSQL", "no cluster");

        assertEquals("PASS", ResultsWriter.overallVerdict(List.of(SERVER, skipped)));
        assertEquals("PASS — 1 PASS, 0 FAIL, 1 INFO; 1 section skipped", ResultsWriter.overallLine(List.of(SERVER, skipped)));
        assertEquals("FAIL", ResultsWriter.overallVerdict(List.of(SERVER, SectionResult.ran("X",
                List.of(BenchmarkRow.against("m", "f", "b", false)), 0))));
    }

    @Test
    void historyLine_isOneLineWithDateCommitVerdictAndMachine() {
        String line = ResultsWriter.historyLine(RUN, List.of(SERVER));

        assertEquals("- 2026-11-23 01:40 UTC · abc123def456 · PASS — 1 PASS, 0 FAIL, 1 INFO · Test CPU @ 2.0GHz, 2 cores · 2.5 min\n", line);
    }

    @Test
    void readmeSummary_listsOnlyBudgetedRows_andSkippedSections() {
        String md = ResultsWriter.readmeSummary(RUN, List.of(SERVER, SectionResult.skipped("HTTP", "not merged")));

        assertTrue(md.contains("| Server: H2 | H2 · static render · 1,000 cards | median 12.0 ms | median < 50 ms | PASS |"), md);
        assertTrue(md.contains("| HTTP | not run | not merged | | |"), md);
        assertFalse(md.contains("load + JSON"), md);
    }

    @Test
    void consoleTable_alignsColumns() {
        String table = ResultsWriter.consoleTable(SERVER);

        List<String> lines = table.strip().lines().toList();
        assertEquals("== Server: H2 ==", lines.get(0));
        assertEquals(3, lines.get(1).chars().filter(c -> c == '|').count());
        assertEquals(lines.get(1).indexOf('|'), lines.get(2).indexOf('|'), table);
        assertEquals(lines.get(2).indexOf('|'), lines.get(3).indexOf('|'), table);
    }

    @Test
    void timings_medianAndP95() {
        Timings t = new Timings(List.of(5.0, 1.0, 3.0, 2.0, 4.0, 100.0));

        assertEquals(3.5, t.median());
        assertEquals(100.0, t.p95());
        assertEquals("median 3.50 ms · p95 100.0 ms (n=6)", t.describe());
        assertEquals("median 3.50 ms · p95 100.0 ms · best 1.00 ms (n=6)", t.describeWithBest());
    }
}
