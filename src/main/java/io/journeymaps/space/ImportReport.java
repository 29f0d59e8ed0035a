package io.journeymaps.space;

import java.util.List;

/**
 * What a space import created (or, on a dry run, would create) and what it skipped and why. Counts
 * of revisions include the one IMPORT revision each imported map gets.
 */
public record ImportReport(boolean dryRun, String spaceKey, String sourceSpaceKey, Counts created,
                           List<Entry> entries) {
    public ImportReport {
        entries = List.copyOf(entries);
    }

    public record Counts(int personas, int maps, int revisions, int comments) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);
    }

    public enum Kind { FILE, PERSONA, MAP }

    /** CREATED means "would be created" on a dry run; REUSED: an identical persona already exists. */
    public enum Outcome { CREATED, REUSED, SKIPPED }

    /**
     * One item of the file: {@code path} as in validation errors ({@code maps[2]}), a label people
     * recognise (persona name; page title and macro key), the new id (null on a dry run and when
     * skipped; the existing persona's id when reused), the revisions and comments it brings, and why
     * it was skipped or reused.
     */
    public record Entry(String path, Kind kind, String label, Outcome outcome, Long id, int revisions, int comments,
                        String reason) {
    }

    public List<Entry> skipped() {
        return entries.stream().filter(e -> e.outcome() == Outcome.SKIPPED).toList();
    }
}
