package io.journeymaps.history.model;

import java.time.Instant;

/**
 * A snapshot of the whole map at a version, with who made it (user key), when, a one-line summary
 * and how it came about. The author's display name is not stored: it is looked up when shown.
 */
public record Revision(long mapId, long version, String author, Instant created, String summary, RevisionKind kind) {
    public Revision {
        kind = kind == null ? RevisionKind.EDIT : kind;
    }

    /** An ordinary edit revision. */
    public Revision(long mapId, long version, String author, Instant created, String summary) {
        this(mapId, version, author, created, summary, RevisionKind.EDIT);
    }
}
