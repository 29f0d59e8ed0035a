package io.journeymaps.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.journeymaps.history.model.Revision;

/** Revisions in a list, for unit tests of the recorder and the history service. */
public class InMemoryRevisionRepository implements RevisionRepository {
    private final List<RevisionSnapshot> rows = new ArrayList<>();
    public int inserts;
    public int replaces;

    @Override
    public synchronized List<Revision> list(long mapId) {
        return ofMap(mapId).stream().map(RevisionSnapshot::revision)
                .sorted(Comparator.comparingLong(Revision::version).reversed()).toList();
    }

    @Override
    public synchronized Optional<Revision> latest(long mapId) {
        return list(mapId).stream().findFirst();
    }

    @Override
    public synchronized Optional<SessionRevision> latestSession(long mapId) {
        return ofMap(mapId).stream().max(Comparator.comparingLong(r -> r.revision().version()))
                .map(r -> new SessionRevision(r.revision(), r.sessionJson()));
    }

    @Override
    public synchronized Optional<RevisionSnapshot> get(long mapId, long version) {
        return ofMap(mapId).stream().filter(r -> r.revision().version() == version).findFirst();
    }

    @Override
    public synchronized List<RevisionSnapshot> allWithSnapshots(long mapId) {
        return ofMap(mapId).stream().sorted(Comparator.comparingLong(r -> r.revision().version())).toList();
    }

    @Override
    public synchronized void insert(RevisionSnapshot revision) {
        inserts++;
        rows.add(revision);
    }

    @Override
    public synchronized void replace(long mapId, long version, RevisionSnapshot revision) {
        replaces++;
        rows.removeIf(r -> r.revision().mapId() == mapId && r.revision().version() == version);
        rows.add(revision);
    }

    @Override
    public synchronized void deleteOfMap(long mapId) {
        rows.removeIf(r -> r.revision().mapId() == mapId);
    }

    private List<RevisionSnapshot> ofMap(long mapId) {
        return rows.stream().filter(r -> r.revision().mapId() == mapId).toList();
    }
}
