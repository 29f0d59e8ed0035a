package io.journeymaps.history;

import java.util.List;
import java.util.Optional;

import io.journeymaps.history.model.Revision;

/**
 * Where revisions live (implemented over Active Objects by {@code history.store}). Snapshots are
 * the map as lossless JSON ({@code map.json.MapSnapshotJson}); listing never reads them. Every method
 * joins the caller's transaction.
 */
public interface RevisionRepository {
    /** The map's revisions, newest first, without snapshots. */
    List<Revision> list(long mapId);

    /** The newest revision of the map, without its snapshot. */
    Optional<Revision> latest(long mapId);

    /**
     * The newest revision with the changes of the editing session it sums up (JSON written by
     * {@code history.SessionChanges}; null when none was stored), without its snapshot: what the
     * next edit needs to decide whether it coalesces into it.
     */
    Optional<SessionRevision> latestSession(long mapId);

    /** One revision with its snapshot. */
    Optional<RevisionSnapshot> get(long mapId, long version);

    /** Every revision of the map with its snapshot, oldest first (space export). */
    List<RevisionSnapshot> allWithSnapshots(long mapId);

    /** Stores a new revision. */
    void insert(RevisionSnapshot revision);

    /** Replaces the map's revision at {@code version} by {@code revision} (coalescing one editing session). */
    void replace(long mapId, long version, RevisionSnapshot revision);

    /** Deletes every revision of the map (the map is gone for good). */
    void deleteOfMap(long mapId);

    /**
     * A revision with the map as it was at that version, as JSON, and optionally the changes of its
     * editing session (null for imported revisions: a later edit then starts a new session's summary).
     */
    record RevisionSnapshot(Revision revision, String snapshotJson, String sessionJson) {
        public RevisionSnapshot(Revision revision, String snapshotJson) {
            this(revision, snapshotJson, null);
        }
    }

    /** The newest revision and its session changes (JSON, may be null). */
    record SessionRevision(Revision revision, String sessionJson) {
    }
}
