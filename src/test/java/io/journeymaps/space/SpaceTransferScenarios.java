package io.journeymaps.space;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.journeymaps.testsupport.db.PluginSchema;
import io.journeymaps.comment.model.Anchor;
import io.journeymaps.comment.model.Comment;
import io.journeymaps.comment.store.AoCommentStore;
import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.json.Json;
import io.journeymaps.history.HistoryRecorder;
import io.journeymaps.history.HistorySettings;
import io.journeymaps.history.model.Revision;
import io.journeymaps.history.model.RevisionKind;
import io.journeymaps.history.store.AoRevisionStore;
import io.journeymaps.host.PageRef;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.MapVersionListener;
import io.journeymaps.map.StoredVersion;
import io.journeymaps.map.json.MapSnapshotJson;
import io.journeymaps.map.json.RichMaps;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.model.MapState;
import io.journeymaps.map.store.AoMapStore;
import io.journeymaps.persona.model.Persona;
import io.journeymaps.persona.store.AoPersonaStore;
import io.journeymaps.space.ImportReport.Outcome;
import io.journeymaps.standalone.storage.EntityManagerAoDatabase;
import io.journeymaps.storage.AoDatabase;
import io.journeymaps.storage.Entities;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

/**
 * Space export and import on the real Active Objects stores; one subclass per database. Every test
 * commits for real (non-transactional), on space keys and page ids of its own.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(SpaceTransferScenarios.Schema.class)
public abstract class SpaceTransferScenarios {
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final UserRef BOB = new UserRef("bob", "Bob");
    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-01T11:00:00Z");
    private static final Instant T3 = Instant.parse("2026-03-02T09:30:00Z");
    private static final Instant EXPORTED = Instant.parse("2026-03-10T12:00:00Z");

    private EntityManager entityManager;   // injected by the runner
    private AoMapStore maps;
    private AoPersonaStore personas;
    private AoCommentStore comments;
    private AoRevisionStore revisions;
    private HistoryRecorder recorder;
    private FakePages pages;
    private SpaceTransferService service;
    private String a;
    private String b;
    private long pageBase;
    private Source source;

    public static final class Schema extends PluginSchema {
    }

    /** What the source space holds. */
    private record Source(Persona priya, Persona omar, JourneyMap current, JourneyMap future, Comment thread,
                          Comment mapThread) {
    }

    @Before
    public void setUp() {
        AoDatabase db = new EntityManagerAoDatabase(entityManager);
        maps = new AoMapStore(db);
        personas = new AoPersonaStore(db);
        comments = new AoCommentStore(db);
        revisions = new AoRevisionStore(db);
        recorder = new HistoryRecorder(revisions, new HistorySettings());
        pages = new FakePages();
        service = service(recorder);
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        a = "A" + unique;
        b = "B" + unique;
        pageBase = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L) * 10;
        source = seedSourceSpace();
    }

    private SpaceTransferService service(MapVersionListener listener) {
        return new SpaceTransferService(maps, personas, comments, revisions, pages, listener, () -> EXPORTED);
    }

    /**
     * Space A: two personas; a current-state map (two revisions, a resolved card thread with two
     * replies and an edited map thread) and a future-state map derived from it, each on its page;
     * a map on a trashed page.
     */
    private Source seedSourceSpace() {
        Persona priya = personas.insert(persona(a, "Priya", "Product owner"));
        Persona omar = personas.insert(persona(a, "Omar", null));
        PageRef one = pages.add(pageBase + 1, a, "Journey one");
        PageRef two = pages.add(pageBase + 2, a, "Journey two");
        JourneyMap v1 = maps.insert(onPage(RichMaps.rich(), one, "mk-rich", MapState.CURRENT, null,
                List.of(priya.id(), omar.id())), ALICE);
        recorder.versionStored(new StoredVersion(null, v1, ALICE, StoredVersion.Kind.CREATE, "Buying a car"));
        JourneyMap edited = v1.withCards(v1.cards().stream()
                .map(c -> c.id().equals("c1") ? c.withDetails(CardDetails.of(Map.of(CardField.TEXT, "Sees a banner ad")))
                        : c).toList());
        JourneyMap v2 = maps.saveBatch(v1, edited, Set.of("card:c1.text"), BOB);
        recorder.versionStored(StoredVersion.edit(v1, v2, BOB));
        JourneyMap future = maps.insert(onPage(RichMaps.rich(), two, "future", MapState.FUTURE, v1.id(),
                List.of(priya.id())), ALICE);
        recorder.versionStored(new StoredVersion(null, future, ALICE, StoredVersion.Kind.CREATE, null));
        Comment thread = comments.insert(new Comment(0, v1.id(), new Anchor(Anchor.Type.CARD, "c2"), null, "bob",
                "Checkout is too slow\nsee ticket", T1, null, true));
        comments.insert(new Comment(0, v1.id(), thread.anchor(), thread.id(), "alice", "Agreed", T2, null, false));
        comments.insert(new Comment(0, v1.id(), thread.anchor(), thread.id(), "bob", "Fixed in SHOP-1", T3, null,
                false));
        Comment mapThread = comments.insert(new Comment(0, v1.id(), new Anchor(Anchor.Type.MAP, null), null, "carol",
                "Who owns this map?", T2, T3, false));
        PageRef old = pages.add(pageBase + 3, a, "Old page");
        maps.insert(onPage(RichMaps.rich(), old, "old", MapState.CURRENT, null, List.of()), ALICE);
        pages.trash(old.id());
        return new Source(priya, omar, maps.load(v2.id()).orElseThrow(), maps.load(future.id()).orElseThrow(),
                thread, mapThread);
    }

    /** Space B has pages of the same titles and no journey-map data. */
    private void targetPages() {
        pages.add(pageBase + 11, b, "Journey one");
        pages.add(pageBase + 12, b, "Journey two");
    }

    private JsonNode exportedFile() {
        // Through text, as a downloaded file would travel.
        return Json.parse(Json.write(service.exportJson(a, ALICE)));
    }

    @Test
    @NonTransactional
    public void export_carriesPersonasMapsRevisionsAndThreads_butNotMapsOfTrashedPages() {
        JsonNode file = exportedFile();

        assertEquals("journey-maps-space", file.get("format").asText());
        assertEquals(1, file.get("formatVersion").asInt());
        assertEquals(a, file.get("spaceKey").asText());
        assertEquals(EXPORTED.toString(), file.get("exported").asText());
        assertEquals(2, file.get("personas").size());
        assertEquals(2, file.get("maps").size());
        JsonNode first = file.get("maps").get(0);
        assertEquals("Journey one", first.get("page").get("title").asText());
        assertEquals("mk-rich", first.get("macroKey").asText());
        assertEquals(2, first.get("revisions").size());
        assertEquals("CREATE", first.get("revisions").get(0).get("kind").asText());
        assertEquals(2, first.get("comments").size());
        assertEquals(2, first.get("comments").get(0).get("replies").size());
        assertTrue(first.get("map").get("jiraLinks").toString(),
                first.get("map").get("jiraLinks").findValuesAsText("issueKey").contains("SHOP-1"));
    }

    @Test
    @NonTransactional
    public void roundTrip_intoAnEmptySpace_recreatesPersonasMapsThreadsAndRevisions() {
        targetPages();

        ImportReport report = service.importFile(b, exportedFile(), false, ALICE);

        assertEquals(new ImportReport.Counts(2, 2, 5, 4), report.created());
        assertTrue(report.skipped().isEmpty());
        List<Persona> imported = personas.ofSpace(b);
        assertEquals(Set.of("Priya", "Omar"), imported.stream().map(Persona::name).collect(Collectors.toSet()));
        Persona priyaB = imported.stream().filter(p -> p.name().equals("Priya")).findFirst().orElseThrow();
        assertTrue(SpaceTransferService.sameContent(source.priya(), priyaB));
        assertNotEquals(source.priya().id(), priyaB.id());

        List<JourneyMap> headers = maps.headersOfSpace(b);
        assertEquals(2, headers.size());
        JourneyMap current = maps.load(headers.get(0).id()).orElseThrow();
        JourneyMap future = maps.load(headers.get(1).id()).orElseThrow();
        assertEquals(pageBase + 11, current.header().pageId());
        assertEquals(pageBase + 12, future.header().pageId());
        assertEquals(content(source.current(), names(a)), content(current, names(b)));
        assertEquals(content(source.future(), names(a)), content(future, names(b)));
        assertEquals(Long.valueOf(current.id()), future.header().derivedFromMapId());

        List<Comment> threads = comments.ofMap(current.id());
        assertEquals(commentsAsText(comments.ofMap(source.current().id())), commentsAsText(threads));
        Comment root = threads.stream().filter(c -> c.anchor().type() == Anchor.Type.CARD && c.parentId() == null)
                .findFirst().orElseThrow();
        assertTrue(root.resolved());
        assertTrue(threads.stream().filter(c -> c.parentId() != null).allMatch(c -> c.parentId() == root.id()));
        assertNotEquals(source.thread().id(), root.id());

        // Source history 1 (create), 2 (edit); the import continues at 3.
        assertEquals(3, current.version());
        List<Revision> history = revisions.list(current.id());
        assertEquals(List.of(3L, 2L, 1L), history.stream().map(Revision::version).toList());
        assertEquals(List.of(RevisionKind.IMPORT, RevisionKind.EDIT, RevisionKind.CREATE),
                history.stream().map(Revision::kind).toList());
        assertTrue(history.get(0).summary(), history.get(0).summary().contains("space export of " + a));
        JourneyMap firstRevision = MapSnapshotJson.fromJson(revisions.get(current.id(), 1).orElseThrow().snapshotJson());
        assertEquals(List.of(priyaB.id(), imported.stream().filter(p -> p.name().equals("Omar")).findFirst()
                .orElseThrow().id()), firstRevision.personaIds());
        assertEquals(pageBase + 11, firstRevision.header().pageId());
        assertEquals("Sees banner", firstRevision.card("c1").orElseThrow().text());
        assertEquals(content(source.current(), names(a)),
                content(MapSnapshotJson.fromJson(revisions.get(current.id(), 3).orElseThrow().snapshotJson()), names(b)));
    }

    @Test
    @NonTransactional
    public void dryRun_reportsWhatWouldBeCreated_andWritesNothing() throws Exception {
        targetPages();
        Map<String, Integer> before = rowCounts();

        ImportReport report = service.importFile(b, exportedFile(), true, ALICE);

        assertTrue(report.dryRun());
        assertEquals(new ImportReport.Counts(2, 2, 5, 4), report.created());
        assertTrue(report.entries().stream().allMatch(e -> e.outcome() == Outcome.CREATED && e.id() == null));
        assertEquals(before, rowCounts());
    }

    @Test
    @NonTransactional
    public void brokenFile_storesNothing_andNamesTheField() throws Exception {
        targetPages();
        ObjectNode file = (ObjectNode) exportedFile();
        ((ObjectNode) file.get("maps").get(1)).putArray("comments").addObject()
                .put("author", "bob").put("body", "hi").put("created", T1.toString())
                .putObject("anchor").put("type", "PAGE").put("id", "x");
        Map<String, Integer> before = rowCounts();

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.importFile(b, file, false, ALICE));

        assertEquals("maps[1].comments[0].anchor.type", e.errors().get(0).field());
        assertEquals(before, rowCounts());
    }

    @Test
    @NonTransactional
    public void failureWhileWriting_rollsBackTheWholeImport() throws Exception {
        targetPages();
        AtomicInteger stored = new AtomicInteger();
        SpaceTransferService failing = service(version -> {
            if (stored.incrementAndGet() == 2) {
                throw new IllegalStateException("the database went away");
            }
            recorder.versionStored(version);
        });
        JsonNode file = exportedFile();
        Map<String, Integer> before = rowCounts();

        assertThrows(IllegalStateException.class, () -> failing.importFile(b, file, false, ALICE));

        assertEquals(before, rowCounts());
        assertTrue(personas.ofSpace(b).isEmpty());
        assertTrue(maps.headersOfSpace(b).isEmpty());
    }

    @Test
    @NonTransactional
    public void missingPage_andTakenMacroKey_areSkippedWithTheirReasons() {
        PageRef one = pages.add(pageBase + 11, b, "Journey one");
        maps.insert(onPage(RichMaps.rich(), one, "mk-rich", MapState.CURRENT, null, List.of()), ALICE);

        ImportReport report = service.importFile(b, exportedFile(), false, ALICE);

        assertEquals(new ImportReport.Counts(2, 0, 0, 0), report.created());
        List<ImportReport.Entry> skipped = report.skipped();
        assertEquals(List.of("maps[0]", "maps[1]"), skipped.stream().map(ImportReport.Entry::path).toList());
        assertTrue(skipped.get(0).reason(), skipped.get(0).reason().contains("already has a map with macro key \"mk-rich\""));
        assertTrue(skipped.get(1).reason(), skipped.get(1).reason().contains("no current page titled \"Journey two\""));
        assertEquals(1, maps.headersOfSpace(b).size());
    }

    /**
     * A render gives page "Journey two" its map after the import planned it: the database refuses the
     * import's map there, the whole import rolls back and runs again, reporting that map as skipped.
     */
    @Test
    @NonTransactional
    public void mapTakenWhileImporting_isReportedSkipped_andNothingIsHalfWritten() {
        targetPages();
        PageRef two = pages.findByTitle(b, "Journey two").orElseThrow();
        String futureKey = source.future().header().macroKey();
        JsonNode file = exportedFile();
        AtomicInteger stored = new AtomicInteger();
        long[] rendered = new long[1];
        SpaceTransferService racing = service(version -> {
            if (stored.incrementAndGet() == 1) {
                // Another request, committing on its own thread while the import's transaction is open.
                rendered[0] = java.util.concurrent.CompletableFuture.supplyAsync(() -> maps.insert(
                        onPage(RichMaps.rich(), two, futureKey, MapState.CURRENT, null, List.of()), BOB).id()).join();
            }
            recorder.versionStored(version);
        });

        ImportReport report = racing.importFile(b, file, false, ALICE);

        assertEquals(List.of(Outcome.CREATED, Outcome.CREATED, Outcome.CREATED, Outcome.SKIPPED),
                report.entries().stream().map(ImportReport.Entry::outcome).toList());
        assertTrue(report.skipped().get(0).reason(), report.skipped().get(0).reason()
                .contains("already has a map with macro key \"" + futureKey + "\" (map " + rendered[0] + ")"));
        assertEquals(new ImportReport.Counts(2, 1, 3, 4), report.created());
        assertEquals(2, maps.headersOfSpace(b).size());
        assertEquals(2, personas.ofSpace(b).size());
        assertEquals(java.util.Optional.of(rendered[0]), maps.findByPageAndMacroKey(two.id(), futureKey));
    }

    @Test
    @NonTransactional
    public void importingTwice_reusesIdenticalPersonas_andSkipsMapsAlreadyThere() throws Exception {
        targetPages();
        JsonNode file = exportedFile();
        service.importFile(b, file, false, ALICE);
        Map<String, Integer> afterFirst = rowCounts();

        ImportReport again = service.importFile(b, file, false, ALICE);

        assertEquals(ImportReport.Counts.NONE, again.created());
        assertEquals(List.of(Outcome.REUSED, Outcome.REUSED, Outcome.SKIPPED, Outcome.SKIPPED),
                again.entries().stream().map(ImportReport.Entry::outcome).toList());
        assertEquals(afterFirst, rowCounts());
    }

    @Test
    @NonTransactional
    public void unsupportedFormatVersion_isReported_andNothingIsRead() throws Exception {
        targetPages();
        ObjectNode file = (ObjectNode) exportedFile();
        file.put("formatVersion", 2);
        file.put("maps", "whatever version 2 has here");
        Map<String, Integer> before = rowCounts();

        ImportReport report = service.importFile(b, file, false, ALICE);

        assertEquals(ImportReport.Counts.NONE, report.created());
        assertEquals(1, report.skipped().size());
        assertEquals(ImportReport.Kind.FILE, report.skipped().get(0).kind());
        assertTrue(report.skipped().get(0).reason().contains("unsupported formatVersion 2"));
        assertNull(report.skipped().get(0).id());
        assertEquals(before, rowCounts());
    }

    private static Persona persona(String space, String name, String jobTitle) {
        return new Persona(0, space, name, "#1f6feb", null, 34, jobTitle, null, null, null, "Ship faster",
                null, null, null, "«Quote»", null);
    }

    /** The rich test map moved onto a page of space A, with these personas (7 → first, 8 → second). */
    private static JourneyMap onPage(JourneyMap m, PageRef page, String macroKey, MapState state, Long derivedFrom,
                                     List<Long> personaIds) {
        MapHeader h = m.header();
        MapHeader header = new MapHeader(page.id(), page.spaceKey(), macroKey, h.title(), h.goal(), h.journeyType(),
                state, derivedFrom, h.salesCycle(), h.owner(), h.direction(), h.language(), h.templateId(), 1,
                h.created(), h.updated());
        Map<Long, Long> ids = new LinkedHashMap<>();
        for (int i = 0; i < personaIds.size(); i++) {
            ids.put(7L + i, personaIds.get(i));
        }
        List<EmotionScore> emotions = m.emotions().stream()
                .filter(e -> e.personaId() == null || ids.containsKey(e.personaId()))
                .map(e -> new EmotionScore(e.stepId(), e.personaId() == null ? null : ids.get(e.personaId()), e.score()))
                .toList();
        return new JourneyMap(0, header, m.stages(), m.lanes(), m.cards(), emotions, personaIds, m.jiraLinks());
    }

    private Map<Long, String> names(String space) {
        return personas.ofSpace(space).stream().collect(Collectors.toMap(Persona::id, Persona::name));
    }

    /** A map's content with ids, page, space, version and times left out, and personas by name. */
    private static List<Object> content(JourneyMap m, Map<Long, String> personaNames) {
        MapHeader h = m.header();
        List<Object> header = java.util.Arrays.asList(h.macroKey(), h.title(), h.goal(), h.journeyType(), h.state(),
                h.salesCycle(), h.owner(), h.direction(), h.language(), h.templateId());
        Function<Long, String> name = id -> id == null ? null : personaNames.get(id);
        List<String> emotions = m.emotions().stream()
                .map(e -> e.stepId() + "/" + name.apply(e.personaId()) + "/" + e.score()).sorted().toList();
        List<String> cards = new ArrayList<>();
        for (Card c : m.cards()) {
            cards.add(c.id() + "@" + c.laneId() + "/" + c.stepId() + "=" + c.details().asMap());
        }
        return List.of(header, m.stages(), m.lanes(), cards, emotions,
                m.personaIds().stream().map(name).toList(), m.jiraLinks());
    }

    private static List<String> commentsAsText(List<Comment> all) {
        return all.stream().map(c -> c.anchor() + " " + (c.parentId() == null ? "root" : "reply") + " " + c.author()
                + " " + c.body() + " " + c.created() + " " + c.edited() + " " + c.resolved()).toList();
    }

    private Map<String, Integer> rowCounts() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Class<? extends RawEntity<?>> type : Entities.all()) {
            counts.put(type.getSimpleName(), count(type));
        }
        return counts;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private int count(Class<? extends RawEntity<?>> type) throws Exception {
        return entityManager.count((Class) type);
    }
}
