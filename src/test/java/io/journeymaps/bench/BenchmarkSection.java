package io.journeymaps.bench;

import java.util.List;

/**
 * One part of the benchmark suite (server side, HTTP, browser, Jira): it measures and returns the
 * rows of its table. Sections start what they need and stop it before returning.
 */
public interface BenchmarkSection {
    /** The heading of the section's table in the results file. */
    String title();

    List<BenchmarkRow> run() throws Exception;
}
