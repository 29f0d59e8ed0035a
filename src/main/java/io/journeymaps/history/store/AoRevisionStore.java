package io.journeymaps.history.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.history.RevisionRepository;
import io.journeymaps.history.model.Revision;
import io.journeymaps.history.model.RevisionKind;
import io.journeymaps.storage.AoDatabase;
import io.journeymaps.storage.EntityColumns;

import net.java.ao.Query;

/**
 * Revisions over Active Objects: one REVISION table, read by map (indexed). Listing selects only the
 * preloaded columns, so a map with hundreds of revisions lists in one light query; snapshots are read
 * one at a time, or all at once for an export. No method opens its own transaction: each joins the
 * caller's (the map's write lock for recording and restoring).
 */
@Named
public class AoRevisionStore implements RevisionRepository {
    private static final String LIGHT = "ID, MAP_ID, VERSION, AUTHOR, CREATED, SUMMARY, KIND";
    private static final String WITH_SESSION = LIGHT + ", SESSION";
    private static final String FULL = LIGHT + ", SNAPSHOT";

    private final AoDatabase db;

    @Inject
    public AoRevisionStore(AoDatabase db) {
        this.db = db;
    }

    @Override
    public List<Revision> list(long mapId) {
        return Arrays.stream(db.find(RevisionEntity.class,
                        Query.select(LIGHT).where("MAP_ID = ?", mapId).order("VERSION DESC")))
                .map(AoRevisionStore::toRevision)
                .toList();
    }

    @Override
    public Optional<Revision> latest(long mapId) {
        return newest(mapId, LIGHT).map(AoRevisionStore::toRevision);
    }

    @Override
    public Optional<SessionRevision> latestSession(long mapId) {
        return newest(mapId, WITH_SESSION).map(e -> new SessionRevision(toRevision(e), e.getSession()));
    }

    @Override
    public Optional<RevisionSnapshot> get(long mapId, long version) {
        RevisionEntity[] found = db.find(RevisionEntity.class,
                Query.select(FULL).where("MAP_ID = ? AND VERSION = ?", mapId, version));
        return found.length == 0 ? Optional.empty()
                : Optional.of(new RevisionSnapshot(toRevision(found[0]), found[0].getSnapshot()));
    }

    @Override
    public List<RevisionSnapshot> allWithSnapshots(long mapId) {
        return Arrays.stream(db.find(RevisionEntity.class,
                        Query.select(FULL).where("MAP_ID = ?", mapId).order("VERSION")))
                .map(e -> new RevisionSnapshot(toRevision(e), e.getSnapshot()))
                .toList();
    }

    @Override
    public void insert(RevisionSnapshot revision) {
        db.create(RevisionEntity.class, columns(revision));
    }

    @Override
    public void replace(long mapId, long version, RevisionSnapshot revision) {
        RevisionEntity[] found = db.find(RevisionEntity.class,
                Query.select("ID").where("MAP_ID = ? AND VERSION = ?", mapId, version));
        if (found.length == 0) {
            insert(revision);
            return;
        }
        Map<String, Object> columns = columns(revision);
        columns.remove("MAP_ID");
        EntityColumns.write(found[0], columns);
        found[0].save();
    }

    @Override
    public void deleteOfMap(long mapId) {
        db.deleteWithSQL(RevisionEntity.class, "MAP_ID = ?", mapId);
    }

    private Optional<RevisionEntity> newest(long mapId, String columns) {
        RevisionEntity[] found = db.find(RevisionEntity.class,
                Query.select(columns).where("MAP_ID = ?", mapId).order("VERSION DESC").limit(1));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private static Map<String, Object> columns(RevisionSnapshot s) {
        Revision r = s.revision();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("MAP_ID", r.mapId());
        m.put("VERSION", r.version());
        m.put("AUTHOR", r.author());
        m.put("CREATED", r.created() == null ? null : Date.from(r.created()));
        m.put("SUMMARY", r.summary());
        m.put("KIND", r.kind().name());
        m.put("SESSION", s.sessionJson());
        m.put("SNAPSHOT", s.snapshotJson());
        return m;
    }

    private static Revision toRevision(RevisionEntity e) {
        Date created = e.getCreated();
        return new Revision(e.getMapId(), e.getVersion(), e.getAuthor(), created == null ? null : created.toInstant(),
                e.getSummary(), RevisionKind.parse(e.getKind()));
    }
}
