package io.journeymaps.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark suite's entry point ({@code mvn -B -Pbench}): runs every section, prints its
 * table, writes bench/results.md and appends a line to bench/history.md.
 *
 * <p>Sections are loaded by class name, so a section another branch adds (the HTTP load section)
 * joins the run once merged, and is skipped with a note until then. {@code -Dbench.only=H2,Jira}
 * runs only the sections whose class name contains one of the words; such a partial run prints its
 * tables but does not touch the committed results. {@code -Dbench.waitForQuiet=5} first waits up
 * to 5 minutes for the 1-minute load average to fall below the number of cores (times measure the
 * machine as much as the code when other builds run beside them).
 */
public final class BenchmarkRunner {
    public static final List<String> SECTIONS = List.of(
            "io.journeymaps.bench.server.H2ServerSection",
            "io.journeymaps.bench.server.PostgresServerSection",
            "io.journeymaps.bench.jira.JiraRefreshSection",
            "io.journeymaps.bench.browser.BundleSizeSection",
            "io.journeymaps.bench.browser.BrowserSection",
            "io.journeymaps.bench.http.HttpLoadSection");

    private BenchmarkRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path baseDir = Path.of(System.getProperty("journeymaps.bench.basedir", ".")).toAbsolutePath().normalize();
        List<String> only = Arrays.stream(System.getProperty("bench.only", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        waitForQuiet(Integer.getInteger("bench.waitForQuiet", 0));
        long start = System.nanoTime();
        Instant date = Instant.now();
        String commit = commit(baseDir);
        String loadAtStart = Machine.loadAverage();
        List<SectionResult> results = new ArrayList<>();
        for (String className : SECTIONS) {
            if (!only.isEmpty() && only.stream().noneMatch(className::contains)) {
                continue;
            }
            SectionResult result = run(className);
            results.add(result);
            System.out.print(ResultsWriter.consoleTable(result));
            System.out.flush();
        }
        ResultsWriter.Run run = new ResultsWriter.Run(date, commit, Machine.describeThis(),
                loadAtStart + " at start, " + Machine.loadAverage() + " at end", (System.nanoTime() - start) / 1e9);
        System.out.println("\nOverall: " + ResultsWriter.overallLine(results));
        if (only.isEmpty()) {
            Path dir = baseDir.resolve("bench");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("results.md"), ResultsWriter.resultsMarkdown(run, results), StandardCharsets.UTF_8);
            Path history = dir.resolve("history.md");
            if (!Files.exists(history)) {
                Files.writeString(history, ResultsWriter.historyHeader(), StandardCharsets.UTF_8);
            }
            Files.writeString(history, ResultsWriter.historyLine(run, results), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            System.out.println("Wrote " + dir.resolve("results.md") + " and appended to " + history);
        } else {
            System.out.println("Partial run (-Dbench.only=" + String.join(",", only) + "): bench/results.md left as it was.");
        }
        System.out.println("\n----- README summary (markdown) -----\n" + ResultsWriter.readmeSummary(run, results)
                + "----- end of README summary -----");
    }

    private static void waitForQuiet(int minutes) throws InterruptedException {
        long until = System.nanoTime() + minutes * 60_000_000_000L;
        int cores = Runtime.getRuntime().availableProcessors();
        while (System.nanoTime() < until) {
            try {
                if (Double.parseDouble(Machine.loadAverage()) < cores) {
                    return;
                }
            } catch (NumberFormatException e) {
                return;
            }
            System.out.println("[bench] waiting for a quieter machine: load average " + Machine.loadAverage() + " on " + cores + " cores");
            Thread.sleep(15_000);
        }
    }

    /** Runs one section by class name; a missing class, a skip or an error becomes a note or a FAIL row. */
    static SectionResult run(String className) {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            String title = className.substring(className.lastIndexOf('.') + 1);
            String note = "section " + className + " is not on the class path (not merged into this branch yet)";
            System.out.println("[bench] " + note);
            return SectionResult.skipped(title, note);
        }
        BenchmarkSection section;
        try {
            section = (BenchmarkSection) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            return SectionResult.ran(type.getSimpleName(), List.of(error("could not create the section", e)), 0);
        }
        System.out.println("[bench] running: " + section.title());
        long start = System.nanoTime();
        try {
            List<BenchmarkRow> rows = section.run();
            return SectionResult.ran(section.title(), rows, (System.nanoTime() - start) / 1e9);
        } catch (BenchmarkSkipped e) {
            System.out.println("[bench] " + section.title() + " not run: " + e.getMessage());
            return SectionResult.skipped(section.title(), e.getMessage());
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            return SectionResult.ran(section.title(), List.of(error("the section failed", e)), (System.nanoTime() - start) / 1e9);
        }
    }

    private static BenchmarkRow error(String what, Throwable e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return BenchmarkRow.against(what, e.getClass().getSimpleName() + ": " + message, "runs to the end", false);
    }

    /** The measured commit, marked "+ local changes" when the tree differs from it (results files aside). */
    private static String commit(Path baseDir) {
        String head = Machine.command(List.of("git", "-C", baseDir.toString(), "rev-parse", "--short=12", "HEAD"))
                .orElse("unknown");
        String dirty = Machine.command(List.of("git", "-C", baseDir.toString(), "status", "--porcelain",
                "--untracked-files=no", "--", ".", ":!bench")).orElse("");
        return dirty.isBlank() ? head : head + " + local changes";
    }
}
