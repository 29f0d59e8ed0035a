package io.journeymaps.history;

import java.util.List;
import java.util.Optional;

import io.journeymaps.history.model.Revision;

/**
 * Where revisions live (implemented over Active Objects by {@code history.store}). Snapshots are
 * the map as lossless JSON; listing never reads them. Every method joins the caller's transaction.
 */
public interface RevisionRepository {
    /** The map's revisions, newest first, without snapshots. */
    List<Revision> list(long mapId);

    /** The newest revision of the map, without its snapshot. */
    Optional<Revision> latest(long mapId);

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

    /** A revision with the map as it was at that version, as JSON. */
    record RevisionSnapshot(Revision revision, String snapshotJson) {
    }
}
