package io.journeymaps.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Formats a run: the console table of each section, bench/results.md (machine, date, commit, one
 * table per section with budgets and verdicts, one overall verdict) and the one-line summary that
 * is appended to bench/history.md.
 */
public final class ResultsWriter {
    public static final String COMMAND = "mvn -B -Pbench";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** What identifies a run. */
    public record Run(Instant date, String commit, Machine machine, String load, double seconds) {
    }

    private ResultsWriter() {
    }

    /** PASS when no row failed (skipped sections and INFO rows do not fail a run), else FAIL. */
    public static String overallVerdict(List<SectionResult> sections) {
        return sections.stream().anyMatch(s -> s.count(BenchmarkRow.Verdict.FAIL) > 0) ? "FAIL" : "PASS";
    }

    /** "PASS — 12 PASS, 0 FAIL, 20 INFO; 1 section skipped". */
    public static String overallLine(List<SectionResult> sections) {
        long pass = sections.stream().mapToLong(s -> s.count(BenchmarkRow.Verdict.PASS)).sum();
        long fail = sections.stream().mapToLong(s -> s.count(BenchmarkRow.Verdict.FAIL)).sum();
        long info = sections.stream().mapToLong(s -> s.count(BenchmarkRow.Verdict.INFO)).sum();
        long skipped = sections.stream().filter(SectionResult::wasSkipped).count();
        return overallVerdict(sections) + " — " + pass + " PASS, " + fail + " FAIL, " + info + " INFO"
                + (skipped == 0 ? "" : "; " + skipped + (skipped == 1 ? " section" : " sections") + " skipped");
    }

    public static String resultsMarkdown(Run run, List<SectionResult> sections) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("Overall: **").append(overallLine(sections)).append("**\n\n");
        md.append("Produced by `").append(COMMAND).append("` (see README); budgets from product.md §5. ")
                .append("Times are single-threaded unless a row says otherwise; ")
                .append("they move with other work on the machine (see the load average), SQL and request counts do not.\n\n");
        md.append("| Run | |\n|---|---|\n");
        Machine m = run.machine();
        row(md, "Date", DATE.format(run.date()));
        row(md, "Commit", run.commit());
        row(md, "CPU", m.cpu());
        row(md, "Cores", String.valueOf(m.cores()));
        row(md, "RAM", m.ram());
        row(md, "OS", m.os());
        row(md, "Java", m.java());
        row(md, "Chromium", m.chromium());
        row(md, "Load average (1 min)", run.load());
        row(md, "Duration", String.format(Locale.ROOT, "%.1f min", run.seconds() / 60));
        for (SectionResult s : sections) {
            md.append("\n## ").append(s.title()).append("\n\n");
            if (s.wasSkipped()) {
                md.append("_Not run: ").append(cell(s.note())).append("_\n");
                continue;
            }
            md.append("| Measure | Figure | Budget | Verdict |\n|---|---|---|---|\n");
            for (BenchmarkRow r : s.rows()) {
                md.append("| ").append(cell(r.measure())).append(" | ").append(cell(r.figure())).append(" | ")
                        .append(cell(r.budget())).append(" | ").append(verdict(r.verdict())).append(" |\n");
            }
        }
        return md.toString();
    }

    /** One line for bench/history.md. */
    public static String historyLine(Run run, List<SectionResult> sections) {
        return "- " + DATE.format(run.date()) + " · " + run.commit() + " · " + overallLine(sections) + " · "
                + run.machine().cpu() + ", " + run.machine().cores() + " cores · "
                + String.format(Locale.ROOT, "%.1f min", run.seconds() / 60) + "\n";
    }

    public static String historyHeader() {
        return "# Benchmark history\n\nOne line per run of `" + COMMAND + "` (newest last); bench/results.md holds the latest tables.\n\n";
    }

    /** A plain-text table for the console. */
    public static String consoleTable(SectionResult s) {
        StringBuilder out = new StringBuilder("\n== ").append(s.title()).append(" ==\n");
        if (s.wasSkipped()) {
            return out.append("not run: ").append(s.note()).append('\n').toString();
        }
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"Measure", "Figure", "Budget", "Verdict"});
        s.rows().forEach(r -> lines.add(new String[] {r.measure(), r.figure(), r.budget(), r.verdict().name()}));
        int[] width = new int[4];
        for (String[] l : lines) {
            for (int i = 0; i < 4; i++) {
                width[i] = Math.max(width[i], l[i].length());
            }
        }
        for (String[] l : lines) {
            for (int i = 0; i < 4; i++) {
                out.append(String.format(Locale.ROOT, "%-" + width[i] + "s", l[i])).append(i < 3 ? " | " : "\n");
            }
        }
        return out.toString();
    }

    /** The block the README's benchmark section can take as it is: the budgeted figures and the verdict. */
    public static String readmeSummary(Run run, List<SectionResult> sections) {
        StringBuilder md = new StringBuilder("### Latest benchmark figures\n\n");
        md.append(DATE.format(run.date())).append(", commit ").append(run.commit()).append(", ")
                .append(run.machine().cpu()).append(" (").append(run.machine().cores()).append(" cores). Overall: **")
                .append(overallLine(sections)).append("**. Full tables: [bench/results.md](bench/results.md); run `")
                .append(COMMAND).append("`.\n\n| Section | Measure | Figure | Budget | Verdict |\n|---|---|---|---|---|\n");
        for (SectionResult s : sections) {
            if (s.wasSkipped()) {
                md.append("| ").append(cell(s.title())).append(" | not run | ").append(cell(s.note())).append(" | | |\n");
                continue;
            }
            for (BenchmarkRow r : s.rows()) {
                if (r.verdict() != BenchmarkRow.Verdict.INFO) {
                    md.append("| ").append(cell(s.title())).append(" | ").append(cell(r.measure())).append(" | ")
                            .append(cell(r.figure())).append(" | ").append(cell(r.budget())).append(" | ")
                            .append(verdict(r.verdict())).append(" |\n");
                }
            }
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(cell(value)).append(" |\n");
    }

    private static String verdict(BenchmarkRow.Verdict v) {
        return v == BenchmarkRow.Verdict.FAIL ? "**FAIL**" : v.name();
    }

    /** Table cells must stay on one line and must not end the cell early. */
    static String cell(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }
}
