package io.journeymaps.history;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.NotFoundException;
import io.journeymaps.history.RevisionRepository.RevisionSnapshot;
import io.journeymaps.history.model.Revision;
import io.journeymaps.host.UserDirectory;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.MapService;
import io.journeymaps.map.StoredVersion;
import io.journeymaps.map.json.MapSnapshotJson;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.MapHeader;

/**
 * A map's history: list its revisions, read one, compare two, restore one. Permission checks are
 * the caller's job (view the map to read, edit it to restore).
 */
@Named
public class HistoryService {
    private final RevisionRepository revisions;
    private final MapService maps;
    private final UserDirectory users;

    @Inject
    public HistoryService(RevisionRepository revisions, MapService maps, UserDirectory users) {
        this.revisions = revisions;
        this.maps = maps;
        this.users = users;
    }

    /** A revision with its author's display name (null when the host does not know the user). */
    public record RevisionView(Revision revision, String authorName) {
    }

    /** A revision and the map as it was then. */
    public record RevisionMap(RevisionView revision, JourneyMap map) {
    }

    /** Two revisions, their maps and what differs from the first to the second. */
    public record Comparison(RevisionMap from, RevisionMap to, MapComparison changes) {
    }

    /** The map's revisions, newest first. */
    public List<RevisionView> revisions(long mapId) {
        return revisions.list(mapId).stream().map(this::view).toList();
    }

    /** One revision with its map; empty when the map has no revision with this version. */
    public Optional<RevisionMap> revision(long mapId, long version) {
        return revisions.get(mapId, version).map(this::revisionMap);
    }

    /** Compares two revisions; an unknown version is an error on "from" or "to". */
    public Comparison compare(long mapId, long from, long to) {
        RevisionMap a = revision(mapId, from).orElseThrow(() -> new InvalidInputException("from", "is not a revision of this map"));
        RevisionMap b = revision(mapId, to).orElseThrow(() -> new InvalidInputException("to", "is not a revision of this map"));
        return new Comparison(a, b, MapComparison.between(a.map(), b.map()));
    }

    /**
     * Makes the revision's content current again as a new version ("Restored version N"), so that
     * nothing is lost: the versions in between keep their revisions. The map keeps its place (page,
     * space, macro key) and creation time. Jira links are not restored from the snapshot: the issues
     * linked now stay linked where their card still exists after the restore, and links removed since
     * the revision are not brought back (unlinking was a deliberate act on a live Jira issue, and an
     * old snapshot's cached issue fields may be long out of date).
     */
    public RevisionMap restore(long mapId, long version, UserRef author) {
        RevisionSnapshot snapshot = revisions.get(mapId, version)
                .orElseThrow(() -> new InvalidInputException("version", "is not a revision of this map"));
        JourneyMap old = MapSnapshotJson.fromJson(snapshot.snapshotJson());
        JourneyMap restored = maps.replaceContent(mapId, current -> restoredContent(current, old),
                StoredVersion.Kind.RESTORE, Long.toString(version), author);
        Revision made = revisions.latest(mapId).orElseThrow(() -> new NotFoundException("map " + mapId));
        return new RevisionMap(view(made), restored);
    }

    static JourneyMap restoredContent(JourneyMap current, JourneyMap old) {
        MapHeader c = current.header();
        MapHeader o = old.header();
        MapHeader header = new MapHeader(c.pageId(), c.spaceKey(), c.macroKey(), o.title(), o.goal(), o.journeyType(),
                o.state(), c.derivedFromMapId(), o.salesCycle(), o.owner(), o.direction(), o.language(), o.templateId(),
                c.version(), c.created(), c.updated());
        List<JiraLink> links = current.jiraLinks().stream().filter(l -> old.card(l.cardId()).isPresent()).toList();
        return new JourneyMap(current.id(), header, old.stages(), old.lanes(), old.cards(), old.emotions(),
                old.personaIds(), links);
    }

    private RevisionMap revisionMap(RevisionSnapshot s) {
        return new RevisionMap(view(s.revision()), MapSnapshotJson.fromJson(s.snapshotJson()));
    }

    private RevisionView view(Revision r) {
        String name = r.author() == null ? null : users.displayName(r.author()).orElse(null);
        return new RevisionView(r, name);
    }
}
