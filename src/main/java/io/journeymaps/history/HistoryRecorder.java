package io.journeymaps.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.history.RevisionRepository.RevisionSnapshot;
import io.journeymaps.history.RevisionRepository.SessionRevision;
import io.journeymaps.history.model.Revision;
import io.journeymaps.history.model.RevisionKind;
import io.journeymaps.map.MapVersionListener;
import io.journeymaps.map.StoredVersion;
import io.journeymaps.map.json.MapSnapshotJson;
import io.journeymaps.map.model.JourneyMap;

/**
 * Leaves a revision for every stored version of a map, in the transaction that stores it, so the
 * newest revision is always the current map. An ordinary edit coalesces into the newest revision
 * when that one is an edit too, by the same author, and younger than the pause (its time is the
 * session's last edit): the revision is replaced by one of the new version, at this edit's time,
 * summing up the whole session. Restores, imports, templates and creations always make a new
 * revision and never take in later edits. Per batch this reads one light row (no snapshot) and
 * writes one row with the new map's snapshot.
 */
@Named
public class HistoryRecorder implements MapVersionListener {
    private final RevisionRepository revisions;
    private final HistorySettings settings;

    @Inject
    public HistoryRecorder(RevisionRepository revisions, HistorySettings settings) {
        this.revisions = revisions;
        this.settings = settings;
    }

    @Override
    public void versionStored(StoredVersion stored) {
        JourneyMap after = stored.after();
        long mapId = after.id();
        String author = stored.author() == null ? null : stored.author().key();
        Instant at = after.header().updated() == null ? Instant.now() : after.header().updated();
        RevisionKind kind = RevisionKind.valueOf(stored.kind().name());
        String snapshot = MapSnapshotJson.write(after);
        if (kind != RevisionKind.EDIT) {
            Revision r = new Revision(mapId, after.version(), author, at,
                    ChangeSummary.of(kind, stored.detail(), SessionChanges.none(), after), kind);
            revisions.insert(new RevisionSnapshot(r, snapshot, null));
            return;
        }
        SessionChanges batch = stored.before() == null ? SessionChanges.none()
                : SessionChanges.between(stored.before(), after);
        Optional<SessionRevision> latest = revisions.latestSession(mapId);
        if (latest.isPresent() && coalesces(latest.get(), author, at, after.version())) {
            SessionChanges session = SessionChanges.parse(latest.get().sessionJson()).plus(batch);
            Revision r = new Revision(mapId, after.version(), author, at,
                    ChangeSummary.of(kind, null, session, after), kind);
            revisions.replace(mapId, latest.get().revision().version(), new RevisionSnapshot(r, snapshot, session.toJson()));
            return;
        }
        Revision r = new Revision(mapId, after.version(), author, at, ChangeSummary.of(kind, null, batch, after), kind);
        revisions.insert(new RevisionSnapshot(r, snapshot, batch.toJson()));
    }

    /** A deleted map's revisions go with it. */
    @Override
    public void mapDeleted(long mapId) {
        revisions.deleteOfMap(mapId);
    }

    private boolean coalesces(SessionRevision latest, String author, Instant at, long newVersion) {
        Revision r = latest.revision();
        return r.kind() == RevisionKind.EDIT
                && latest.sessionJson() != null
                && author != null && Objects.equals(author, r.author())
                && r.version() < newVersion
                && r.created() != null
                && Duration.between(r.created(), at).compareTo(settings.pause()) < 0;
    }
}
