package io.journeymaps.bench;

/** Thrown by a section that cannot run here (no PostgreSQL, no Chromium…): the runner prints the reason and goes on. */
public class BenchmarkSkipped extends Exception {
    public BenchmarkSkipped(String reason) {
        super(reason);
    }
}
