package io.journeymaps.space;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.comment.CommentRepository;
import io.journeymaps.comment.model.Comment;
import io.journeymaps.history.RevisionRepository;
import io.journeymaps.history.RevisionRepository.RevisionSnapshot;
import io.journeymaps.history.model.Revision;
import io.journeymaps.host.PageRef;
import io.journeymaps.host.Pages;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.DuplicateMapException;
import io.journeymaps.map.MapRepository;
import io.journeymaps.map.MapService;
import io.journeymaps.map.MapVersionListener;
import io.journeymaps.map.StoredVersion;
import io.journeymaps.map.json.MapSnapshotJson;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.persona.PersonaRepository;
import io.journeymaps.persona.model.Persona;
import io.journeymaps.space.ImportReport.Counts;
import io.journeymaps.space.ImportReport.Entry;
import io.journeymaps.space.ImportReport.Kind;
import io.journeymaps.space.ImportReport.Outcome;
import io.journeymaps.space.SpaceFile.ExportedMap;
import io.journeymaps.space.SpaceFile.PageInfo;
import io.journeymaps.space.SpaceFile.Thread;
import io.journeymaps.space.json.SpaceFileJson;

/**
 * Whole-space export and import of journey-map data (Confluence's space XML export does not carry
 * Active Objects rows). Export: the persona library and every map on a current page of the space,
 * with revisions and comment threads. Import: the whole file is validated first; then, in one
 * transaction, personas are created (or an identical one reused), and each map is attached to the
 * target space's page of the same title unless that page already has a map with its macro key.
 * Persona, map and comment ids are new; element ids inside maps are kept. A dry run plans the same
 * way and writes nothing. Permission checks are the caller's (space admins only).
 */
@Named
public class SpaceTransferService {
    /** The size cap of an import file: far above the 2 MB API cap, since a file carries a whole space. */
    public static final int MAX_IMPORT_BYTES = 64 * 1024 * 1024;
    public static final String MAX_IMPORT_TEXT = "64 MB";
    /** An import that lost a (page, macro key) race is planned and written again, a bounded number of times. */
    static final int IMPORT_ATTEMPTS = 3;

    private final MapRepository maps;
    private final PersonaRepository personas;
    private final CommentRepository comments;
    private final RevisionRepository revisions;
    private final Pages pages;
    private final MapVersionListener versions;
    private final Supplier<Instant> clock;

    @Inject
    public SpaceTransferService(MapRepository maps, PersonaRepository personas, CommentRepository comments,
                                RevisionRepository revisions, Pages pages, MapVersionListener versions) {
        this(maps, personas, comments, revisions, pages, versions, Instant::now);
    }

    SpaceTransferService(MapRepository maps, PersonaRepository personas, CommentRepository comments,
                         RevisionRepository revisions, Pages pages, MapVersionListener versions,
                         Supplier<Instant> clock) {
        this.maps = maps;
        this.personas = personas;
        this.comments = comments;
        this.revisions = revisions;
        this.pages = pages;
        this.versions = versions;
        this.clock = clock;
    }

    /** The space's journey-map data; maps of trashed or moved pages are left out (no page title to match). */
    public SpaceFile export(String spaceKey, UserRef by) {
        return maps.inTransaction(() -> {
            List<ExportedMap> exported = new ArrayList<>();
            for (JourneyMap header : maps.headersOfSpace(spaceKey)) {
                Optional<PageRef> page = pages.find(header.header().pageId());
                if (page.isEmpty() || !spaceKey.equals(page.get().spaceKey())) {
                    continue;
                }
                Optional<JourneyMap> map = maps.load(header.id());
                if (map.isEmpty()) {
                    continue;
                }
                String macroKey = header.header().macroKey() == null
                        ? MapService.DEFAULT_MACRO_KEY : header.header().macroKey();
                exported.add(new ExportedMap(new PageInfo(page.get().id(), page.get().title()), macroKey, map.get(),
                        revisions.allWithSnapshots(header.id()), threads(comments.ofMap(header.id()))));
            }
            return new SpaceFile(spaceKey, clock.get(), by == null ? null : by.key(), personas.ofSpace(spaceKey),
                    exported);
        });
    }

    /** The export as the JSON file. */
    public ObjectNode exportJson(String spaceKey, UserRef by) {
        return SpaceFileJson.write(export(spaceKey, by));
    }

    /**
     * Imports a file into the space. Invalid files are refused whole (InvalidInputException naming
     * the field) before anything is written; a file of another formatVersion is reported, not read.
     */
    public ImportReport importFile(String spaceKey, JsonNode file, boolean dryRun, UserRef by) {
        SpaceFileJson.Read read = SpaceFileJson.read(file);
        if (!read.supported()) {
            Entry entry = new Entry("formatVersion", Kind.FILE, "formatVersion " + read.formatVersion(),
                    Outcome.SKIPPED, null, 0, 0, "unsupported formatVersion " + read.formatVersion()
                    + ": this version reads formatVersion " + SpaceFile.FORMAT_VERSION);
            return new ImportReport(dryRun, spaceKey, read.sourceSpaceKey(), Counts.NONE, List.of(entry));
        }
        SpaceFile source = read.file();
        for (int attempt = 1; ; attempt++) {
            try {
                return maps.inTransaction(() -> {
                    Plan plan = plan(spaceKey, source);
                    return dryRun ? plan.report(true, Map.of(), Map.of()) : write(spaceKey, plan, by);
                });
            } catch (DuplicateMapException e) {
                // A page got a map for one of the keys after the plan read it (a render, another import):
                // the whole import rolled back; planned again, that map is reported as skipped.
                if (attempt >= IMPORT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** What the import would do, from reads only. */
    private Plan plan(String spaceKey, SpaceFile source) {
        List<Persona> existing = personas.ofSpace(spaceKey);
        Map<Integer, Persona> identical = new HashMap<>();
        for (int i = 0; i < source.personas().size(); i++) {
            Persona p = source.personas().get(i);
            int index = i;
            existing.stream().filter(e -> sameContent(e, p)).findFirst().ifPresent(e -> identical.put(index, e));
        }
        List<MapPlan> mapPlans = new ArrayList<>();
        for (int i = 0; i < source.maps().size(); i++) {
            ExportedMap m = source.maps().get(i);
            Optional<PageRef> page = pages.findByTitle(spaceKey, m.page().title());
            String reason = null;
            if (page.isEmpty()) {
                reason = "no current page titled \"" + m.page().title() + "\" in space " + spaceKey;
            } else {
                Optional<Long> taken = maps.findByPageAndMacroKey(page.get().id(), m.macroKey());
                if (taken.isPresent()) {
                    reason = "page \"" + m.page().title() + "\" already has a map with macro key \"" + m.macroKey()
                            + "\" (map " + taken.get() + ")";
                }
            }
            mapPlans.add(new MapPlan(i, m, page.orElse(null), reason));
        }
        return new Plan(spaceKey, source, identical, mapPlans);
    }

    private ImportReport write(String spaceKey, Plan plan, UserRef by) {
        Map<Long, Long> personaIds = new HashMap<>();
        Map<Integer, Long> newPersonaIds = new HashMap<>();
        List<Persona> filePersonas = plan.source().personas();
        for (int i = 0; i < filePersonas.size(); i++) {
            Persona p = filePersonas.get(i);
            Persona reused = plan.identical().get(i);
            long id = reused != null ? reused.id() : personas.insert(inSpace(p, spaceKey)).id();
            personaIds.put(p.id(), id);
            newPersonaIds.put(i, id);
        }
        Map<Long, Long> mapIds = new HashMap<>();
        Map<Integer, Long> newMapIds = new HashMap<>();
        for (MapPlan mp : baseMapsFirst(plan.maps())) {
            if (mp.skipReason() != null) {
                continue;
            }
            ExportedMap m = mp.source();
            JourneyMap rehomed = rehome(m.map(), 0L, mp.page(), m.macroKey(), personaIds, mapIds);
            long lastVersion = m.revisions().isEmpty() ? 0 : m.revisions().get(m.revisions().size() - 1).revision().version();
            long version = Math.max(m.map().version(), lastVersion) + 1;
            JourneyMap inserted = maps.insertAtVersion(rehomed, by, version);
            mapIds.put(m.map().id(), inserted.id());
            newMapIds.put(mp.index(), inserted.id());
            for (RevisionSnapshot r : m.revisions()) {
                JourneyMap snapshot = rehome(MapSnapshotJson.fromJson(r.snapshotJson()), inserted.id(), mp.page(),
                        m.macroKey(), personaIds, mapIds);
                Revision rev = r.revision();
                revisions.insert(new RevisionSnapshot(new Revision(inserted.id(), rev.version(), rev.author(),
                        rev.created(), rev.summary(), rev.kind()), MapSnapshotJson.write(snapshot)));
            }
            // History records the IMPORT revision of the new version, as for any stored version.
            versions.versionStored(new StoredVersion(null, inserted, by, StoredVersion.Kind.IMPORT,
                    importDetail(plan.source())));
            for (Thread t : m.comments()) {
                Comment root = t.root();
                Comment stored = comments.insert(new Comment(0L, inserted.id(), root.anchor(), null, root.author(),
                        root.body(), root.created(), root.edited(), root.resolved()));
                for (Comment reply : t.replies()) {
                    comments.insert(new Comment(0L, inserted.id(), root.anchor(), stored.id(), reply.author(),
                            reply.body(), reply.created(), reply.edited(), false));
                }
            }
        }
        return plan.report(false, newPersonaIds, newMapIds);
    }

    /** What the IMPORT revision's summary names as the source: "Map imported from “space export of DEMO”". */
    static String importDetail(SpaceFile source) {
        return "space export of " + source.spaceKey();
    }

    /** Maps a future-state map is derived from come before it, so its link can point at the new map. */
    private static List<MapPlan> baseMapsFirst(List<MapPlan> plans) {
        Map<Long, MapPlan> byOldId = new HashMap<>();
        plans.forEach(p -> byOldId.put(p.source().map().id(), p));
        List<MapPlan> ordered = new ArrayList<>();
        List<MapPlan> pending = new ArrayList<>(plans);
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                MapPlan p = it.next();
                Long base = p.source().map().header().derivedFromMapId();
                MapPlan basePlan = base == null ? null : byOldId.get(base);
                if (basePlan == null || basePlan == p || ordered.contains(basePlan)) {
                    ordered.add(p);
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {   // a cycle: no file of ours has one; keep file order
                ordered.addAll(pending);
                pending.clear();
            }
        }
        return ordered;
    }

    /**
     * The map as it lives in the target space: its new page, space and macro key, persona ids of the
     * target library (ids the file does not know are dropped with their emotion scores: personas
     * deleted after an old revision), and the derived-from link to the imported base map, or none.
     */
    static JourneyMap rehome(JourneyMap map, long mapId, PageRef page, String macroKey, Map<Long, Long> personaIds,
                             Map<Long, Long> mapIds) {
        MapHeader h = map.header();
        Long derivedFrom = h.derivedFromMapId() == null ? null : mapIds.get(h.derivedFromMapId());
        MapHeader header = new MapHeader(page.id(), page.spaceKey(), macroKey, h.title(), h.goal(), h.journeyType(),
                h.state(), derivedFrom, h.salesCycle(), h.owner(), h.direction(), h.language(), h.templateId(),
                h.version(), h.created(), h.updated());
        List<Long> persona = map.personaIds().stream().filter(personaIds::containsKey).map(personaIds::get).toList();
        List<EmotionScore> emotions = map.emotions().stream()
                .filter(e -> e.personaId() == null || personaIds.containsKey(e.personaId()))
                .map(e -> new EmotionScore(e.stepId(), e.personaId() == null ? null : personaIds.get(e.personaId()),
                        e.score()))
                .toList();
        return new JourneyMap(mapId, header, map.stages(), map.lanes(), map.cards(), emotions, persona,
                map.jiraLinks());
    }

    static List<Thread> threads(List<Comment> all) {
        Map<Long, List<Comment>> replies = new HashMap<>();
        for (Comment c : all) {
            if (c.parentId() != null) {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        return all.stream().filter(c -> c.parentId() == null)
                .map(root -> new Thread(root, replies.getOrDefault(root.id(), List.of()))).toList();
    }

    private static Persona inSpace(Persona p, String spaceKey) {
        return new Persona(0L, spaceKey, p.name(), p.colour(), p.photoUrl(), p.age(), p.jobTitle(), p.familyStatus(),
                p.incomeBand(), p.gender(), p.professionalGoals(), p.personalGoals(), p.purchaseMotivations(),
                p.keyInfluencers(), p.quote(), p.notes());
    }

    /** Equal in every field people entered (ids and space aside). */
    static boolean sameContent(Persona a, Persona b) {
        return inSpace(a, "").equals(inSpace(b, ""));
    }

    private record MapPlan(int index, ExportedMap source, PageRef page, String skipReason) {
    }

    /** The decisions of an import, turned into its report once the new ids (if any) are known. */
    private record Plan(String spaceKey, SpaceFile source, Map<Integer, Persona> identical, List<MapPlan> maps) {
        ImportReport report(boolean dryRun, Map<Integer, Long> newPersonaIds, Map<Integer, Long> newMapIds) {
            List<Entry> entries = new ArrayList<>();
            int createdPersonas = 0;
            for (int i = 0; i < source.personas().size(); i++) {
                Persona p = source.personas().get(i);
                Persona same = identical.get(i);
                if (same != null) {
                    entries.add(new Entry("personas[" + i + "]", Kind.PERSONA, p.name(), Outcome.REUSED, same.id(),
                            0, 0, "an identical persona already exists in the space"));
                } else {
                    createdPersonas++;
                    entries.add(new Entry("personas[" + i + "]", Kind.PERSONA, p.name(), Outcome.CREATED,
                            newPersonaIds.get(i), 0, 0, null));
                }
            }
            int createdMaps = 0;
            int createdRevisions = 0;
            int createdComments = 0;
            for (MapPlan mp : maps) {
                ExportedMap m = mp.source();
                String label = m.page().title() + " (" + m.macroKey() + ")";
                int revisionCount = m.revisions().size() + 1;
                if (mp.skipReason() != null) {
                    entries.add(new Entry("maps[" + mp.index() + "]", Kind.MAP, label, Outcome.SKIPPED, null,
                            m.revisions().size(), m.commentCount(), mp.skipReason()));
                    continue;
                }
                createdMaps++;
                createdRevisions += revisionCount;
                createdComments += m.commentCount();
                entries.add(new Entry("maps[" + mp.index() + "]", Kind.MAP, label, Outcome.CREATED,
                        newMapIds.get(mp.index()), revisionCount, m.commentCount(), null));
            }
            return new ImportReport(dryRun, spaceKey, source.spaceKey(),
                    new Counts(createdPersonas, createdMaps, createdRevisions, createdComments), entries);
        }
    }
}
