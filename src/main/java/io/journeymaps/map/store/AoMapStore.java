package io.journeymaps.map.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import io.journeymaps.common.NotFoundException;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.ConcurrentMapUpdateException;
import io.journeymaps.map.DuplicateMapException;
import io.journeymaps.map.MapRepository;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.Direction;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JiraLinkState;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.JourneyType;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.model.MapState;
import io.journeymaps.map.model.SalesCycle;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.StatusCategory;
import io.journeymaps.map.model.Step;
import io.journeymaps.map.store.MapRows.Row;
import io.journeymaps.storage.AoDatabase;
import io.journeymaps.storage.EntityColumns;
import io.journeymaps.storage.SqlErrors;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.Entity;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Maps over Active Objects. A load reads each table once by MAP_ID (8 queries whatever the size);
 * a save writes only the rows that changed, and a BATCH row with a unique "mapId:version" key makes
 * concurrent saves of the same version collide in the database, so exactly one wins on any node.
 * Likewise the unique PAGE_MACRO column makes a second map for the same (page, macro key) fail with
 * {@link DuplicateMapException}.
 */
@Named
public class AoMapStore implements MapRepository {
    /** Keeps IN lists well under every database's parameter limit (Oracle: 1,000). */
    static final int IN_CHUNK = 500;

    private final AoDatabase db;
    private final Supplier<Instant> clock;

    @Inject
    public AoMapStore(AoDatabase db) {
        this(db, Instant::now);
    }

    AoMapStore(AoDatabase db, Supplier<Instant> clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<JourneyMap> load(long mapId) {
        return db.inTransaction(() -> {
            MapEntity[] found = db.find(MapEntity.class, Query.select().where("ID = ?", mapId));
            if (found.length == 0) {
                return Optional.empty();
            }
            return Optional.of(assemble(found[0]));
        });
    }

    @Override
    public Optional<Long> version(long mapId) {
        MapEntity[] found = db.find(MapEntity.class, Query.select().where("ID = ?", mapId));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0].getVersion());
    }

    @Override
    public Optional<MapHeader> header(long mapId) {
        MapEntity[] found = db.find(MapEntity.class, Query.select().where("ID = ?", mapId));
        return found.length == 0 ? Optional.empty() : Optional.of(header(found[0]));
    }

    @Override
    public JourneyMap insert(JourneyMap map, UserRef author) {
        return insertAtVersion(map, author, 1);
    }

    @Override
    public JourneyMap insertAtVersion(JourneyMap map, UserRef author, long version) {
        if (version < 1) {
            throw new IllegalArgumentException("a map starts at version 1 or later, not " + version);
        }
        return db.inTransaction(() -> {
            Instant now = now();
            MapHeader h = map.header();
            Instant created = h.created() == null ? now : h.created().truncatedTo(ChronoUnit.MILLIS);
            Map<String, Object> header = MapRows.headerColumns(h);
            header.put("VERSION", version);
            header.put("CREATED", MapRows.date(created));
            header.put("UPDATED", MapRows.date(now));
            header.put("PAGE_MACRO", pageMacro(h.pageId(), h.macroKey()));
            MapEntity entity;
            try {
                // The first statement of the insert, so a unique violation here can only be PAGE_MACRO's.
                entity = db.create(MapEntity.class, header);
            } catch (RuntimeException e) {
                throw SqlErrors.isUniqueViolation(e) ? new DuplicateMapException(h.pageId(), h.macroKey(), e) : e;
            }
            long mapId = entity.getID();
            recordBatch(mapId, version, author, now, Set.of());
            MapRows rows = MapRows.of(mapId, map);
            createAll(StageEntity.class, rows.stages.values());
            createAll(StepEntity.class, rows.steps.values());
            createAll(LaneEntity.class, rows.lanes.values());
            createAll(CardEntity.class, rows.cards.values());
            createAll(EmotionEntity.class, rows.emotions.values());
            createAll(MapPersonaEntity.class, rows.personas.values());
            createAll(JiraLinkEntity.class, rows.jiraLinks.values());
            MapHeader stored = new MapHeader(h.pageId(), h.spaceKey(), h.macroKey(), h.title(), h.goal(),
                    h.journeyType(), h.state(), h.derivedFromMapId(), h.salesCycle(), h.owner(), h.direction(),
                    h.language(), h.templateId(), version, created, now);
            return MapOrder.canonical(new JourneyMap(mapId, stored, map.stages(), map.lanes(), map.cards(),
                    map.emotions(), map.personaIds(), map.jiraLinks()));
        });
    }

    /**
     * The unique PAGE_MACRO value of a map: "pageId:macroKey". Maps that model version 5 found
     * sharing a page and key keep their old value plus "#id" (see storage.upgrade.PageMacroKeys).
     */
    public static String pageMacro(long pageId, String macroKey) {
        if (macroKey == null) {
            throw new IllegalArgumentException("a map needs a macro key");
        }
        return pageId + ":" + macroKey;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(work);
    }

    @Override
    public <T> T lockedForWrite(long mapId, Supplier<T> work) {
        return db.inTransaction(() -> {
            lockMapRow(mapId);
            return work.get();
        });
    }

    /**
     * Takes the map row's write lock for the rest of the transaction (writing the row does, on
     * every database) and returns the row as it is once the lock is held. Taking it before any
     * insert also keeps clear of AO's HSQLDB provider, which serialises inserts on a Java monitor:
     * a writer waiting there for a database lock would otherwise deadlock with the lock's holder.
     */
    private MapEntity lockMapRow(long mapId) {
        MapEntity row = mapRow(mapId);
        row.setUpdated(MapRows.date(now()));
        try {
            row.save();
        } catch (RuntimeException e) {
            if (SqlErrors.isWriteConflict(e)) {
                ConcurrentMapUpdateException busy = new ConcurrentMapUpdateException(mapId, row.getVersion());
                busy.initCause(e);
                throw busy;
            }
            throw e;
        }
        // Read again: under READ COMMITTED another writer may have committed while we waited.
        return mapRow(mapId);
    }

    private MapEntity mapRow(long mapId) {
        MapEntity[] found = db.find(MapEntity.class, Query.select().where("ID = ?", mapId));
        if (found.length == 0) {
            throw new NotFoundException("map " + mapId + " does not exist");
        }
        return found[0];
    }

    @Override
    public JourneyMap saveBatch(JourneyMap before, JourneyMap after, Set<String> changedTargets, UserRef author) {
        long mapId = before.id();
        long expected = before.version();
        return db.inTransaction(() -> {
            MapEntity entity = lockMapRow(mapId);
            if (entity.getVersion() != expected) {
                throw new ConcurrentMapUpdateException(mapId, expected);
            }
            long version = expected + 1;
            Instant now = now();
            try {
                // First write: the unique BATCH_KEY decides which of two concurrent writers wins.
                recordBatch(mapId, version, author, now, changedTargets);
                MapRows old = MapRows.of(mapId, before);
                MapRows changed = MapRows.of(mapId, after);
                writeDiff(StageEntity.class, "ELEMENT_ID", StageEntity::getElementId, mapId, old.stages, changed.stages);
                writeDiff(StepEntity.class, "ELEMENT_ID", StepEntity::getElementId, mapId, old.steps, changed.steps);
                writeDiff(LaneEntity.class, "ELEMENT_ID", LaneEntity::getElementId, mapId, old.lanes, changed.lanes);
                writeDiff(CardEntity.class, "ELEMENT_ID", CardEntity::getElementId, mapId, old.cards, changed.cards);
                writeDiff(EmotionEntity.class, "STEP_ID", e -> MapRows.emotionKey(e.getStepId(), e.getPersonaId()),
                        mapId, old.emotions, changed.emotions);
                writeDiff(MapPersonaEntity.class, "PERSONA_ID", e -> String.valueOf(e.getPersonaId()),
                        mapId, old.personas, changed.personas);
                writeDiff(JiraLinkEntity.class, "CARD_ID",
                        e -> MapRows.jiraLinkKey(e.getCardId(), e.getServerId(), e.getIssueKey()),
                        mapId, old.jiraLinks, changed.jiraLinks);
                Map<String, Object> header = MapRows.headerColumns(after.header());
                header.put("VERSION", version);
                header.put("UPDATED", MapRows.date(now));
                MapHeader was = before.header();
                MapHeader becomes = after.header();
                // Only a move rewrites PAGE_MACRO: a kept duplicate from before version 5 keeps its "#id" value.
                boolean moved = was.pageId() != becomes.pageId() || !java.util.Objects.equals(was.macroKey(), becomes.macroKey());
                if (moved) {
                    header.put("PAGE_MACRO", pageMacro(becomes.pageId(), becomes.macroKey()));
                }
                EntityColumns.write(entity, header);
                try {
                    entity.save();
                } catch (RuntimeException e) {
                    if (moved && SqlErrors.isUniqueViolation(e)) {
                        throw new DuplicateMapException(becomes.pageId(), becomes.macroKey(), e);
                    }
                    throw e;
                }
            } catch (DuplicateMapException e) {
                throw e;
            } catch (RuntimeException e) {
                if (SqlErrors.isWriteConflict(e)) {
                    ConcurrentMapUpdateException conflict = new ConcurrentMapUpdateException(mapId, expected);
                    conflict.initCause(e);
                    throw conflict;
                }
                throw e;
            }
            MapHeader stored = after.header().withVersion(version, now);
            return MapOrder.canonical(new JourneyMap(mapId, stored, after.stages(), after.lanes(), after.cards(),
                    after.emotions(), after.personaIds(), after.jiraLinks()));
        });
    }

    @Override
    public JourneyMap saveJiraLinkCache(JourneyMap before, List<JiraLink> links) {
        long mapId = before.id();
        return db.inTransaction(() -> {
            JourneyMap after = before.withJiraLinks(links);
            writeDiff(JiraLinkEntity.class, "CARD_ID",
                    e -> MapRows.jiraLinkKey(e.getCardId(), e.getServerId(), e.getIssueKey()),
                    mapId, MapRows.of(mapId, before).jiraLinks, MapRows.of(mapId, after).jiraLinks);
            return MapOrder.canonical(after);
        });
    }

    @Override
    public Set<String> changedTargetsSince(long mapId, long sinceVersion) {
        BatchTargetEntity[] rows = db.find(BatchTargetEntity.class,
                Query.select().where("MAP_ID = ? AND VERSION > ?", mapId, sinceVersion));
        Set<String> targets = new LinkedHashSet<>();
        Arrays.stream(rows).sorted(Comparator.comparingLong(BatchTargetEntity::getVersion))
                .forEach(r -> targets.add(r.getTarget()));
        return targets;
    }

    @Override
    public List<JourneyMap> headersOfPage(long pageId) {
        MapEntity[] maps = db.find(MapEntity.class, Query.select().where("PAGE_ID = ?", pageId));
        return Arrays.stream(maps).sorted(Comparator.comparingInt(MapEntity::getID))
                .map(m -> new JourneyMap(m.getID(), header(m), List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of()))
                .toList();
    }

    @Override
    public List<JourneyMap> headersOfSpace(String spaceKey) {
        MapEntity[] maps = db.find(MapEntity.class, Query.select().where("SPACE_KEY = ?", spaceKey));
        return Arrays.stream(maps).sorted(Comparator.comparingInt(MapEntity::getID))
                .map(m -> new JourneyMap(m.getID(), header(m), List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of()))
                .toList();
    }

    @Override
    public Optional<Long> findByPageAndMacroKey(long pageId, String macroKey) {
        MapEntity[] maps = db.find(MapEntity.class,
                Query.select().where("PAGE_ID = ? AND MACRO_KEY = ?", pageId, macroKey));
        return Arrays.stream(maps).map(m -> (long) m.getID()).min(Long::compare);
    }

    @Override
    public Optional<Long> findAnyByMacroKey(String macroKey) {
        MapEntity[] maps = db.find(MapEntity.class, Query.select().where("MACRO_KEY = ?", macroKey));
        return Arrays.stream(maps).map(m -> (long) m.getID()).min(Long::compare);
    }

    @Override
    public void delete(long mapId) {
        db.inTransaction(() -> {
            // AO has no cascading deletes: children first. Comments, revisions and pending Jira creates
            // belong to their own stores; lifecycle.MapPurge removes them with the map.
            for (Class<? extends Entity> child : List.of(StageEntity.class, StepEntity.class, LaneEntity.class,
                    CardEntity.class, EmotionEntity.class, MapPersonaEntity.class, JiraLinkEntity.class,
                    BatchTargetEntity.class, BatchEntity.class)) {
                db.deleteWithSQL(child, "MAP_ID = ?", mapId);
            }
            db.deleteWithSQL(MapEntity.class, "ID = ?", mapId);
            return null;
        });
    }

    private Instant now() {
        return clock.get().truncatedTo(ChronoUnit.MILLIS);
    }

    private void recordBatch(long mapId, long version, UserRef author, Instant now, Set<String> targets) {
        Map<String, Object> batch = new HashMap<>();
        batch.put("MAP_ID", mapId);
        batch.put("VERSION", version);
        batch.put("AUTHOR", author == null ? null : author.key());
        batch.put("CREATED", MapRows.date(now));
        batch.put("BATCH_KEY", mapId + ":" + version);
        db.create(BatchEntity.class, batch);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String target : new LinkedHashSet<>(targets)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("MAP_ID", mapId);
            row.put("VERSION", version);
            row.put("TARGET", target);
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            db.createAll(BatchTargetEntity.class, rows);
        }
    }

    private <E extends RawEntity<Integer>> void createAll(Class<E> type, Collection<Row> rows) {
        if (!rows.isEmpty()) {
            db.createAll(type, rows.stream().map(Row::columns).toList());
        }
    }

    /**
     * Inserts the rows only in {@code after}, deletes those only in {@code before}, and updates the
     * changed columns of the rest; the rows to update or delete are fetched with one
     * {@code lookupColumn IN (...)} query per chunk.
     */
    private <E extends RawEntity<Integer>> void writeDiff(Class<E> type, String lookupColumn, Function<E, String> keyOf,
                                                         long mapId, Map<String, Row> before, Map<String, Row> after) {
        List<Row> inserted = new ArrayList<>();
        Map<String, Map<String, Object>> updates = new HashMap<>();
        Set<String> deleted = new LinkedHashSet<>();
        Set<Object> lookups = new LinkedHashSet<>();
        after.forEach((key, row) -> {
            Row old = before.get(key);
            if (old == null) {
                inserted.add(row);
            } else if (!old.columns().equals(row.columns())) {
                Map<String, Object> changed = new LinkedHashMap<>();
                row.columns().forEach((column, value) -> {
                    if (!java.util.Objects.equals(old.columns().get(column), value)) {
                        changed.put(column, value);
                    }
                });
                updates.put(key, changed);
                lookups.add(old.lookup());
            }
        });
        before.forEach((key, row) -> {
            if (!after.containsKey(key)) {
                deleted.add(key);
                lookups.add(row.lookup());
            }
        });
        if (!lookups.isEmpty()) {
            List<E> toDelete = new ArrayList<>();
            List<Object> all = new ArrayList<>(lookups);
            for (int from = 0; from < all.size(); from += IN_CHUNK) {
                List<Object> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
                Object[] params = new Object[chunk.size() + 1];
                params[0] = mapId;
                for (int i = 0; i < chunk.size(); i++) {
                    params[i + 1] = chunk.get(i);
                }
                String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                for (E entity : db.find(type, Query.select().where("MAP_ID = ? AND " + lookupColumn + " IN (" + in + ")", params))) {
                    String key = keyOf.apply(entity);
                    if (deleted.contains(key)) {
                        toDelete.add(entity);
                    } else if (updates.containsKey(key)) {
                        EntityColumns.write(entity, updates.get(key));
                        entity.save();
                    }
                }
            }
            for (int from = 0; from < toDelete.size(); from += IN_CHUNK) {
                db.delete(toDelete.subList(from, Math.min(toDelete.size(), from + IN_CHUNK)).toArray(new RawEntity<?>[0]));
            }
        }
        createAll(type, inserted);
    }

    private JourneyMap assemble(MapEntity m) {
        long mapId = m.getID();
        Query byMap = Query.select().where("MAP_ID = ?", mapId);
        StageEntity[] stageRows = db.find(StageEntity.class, byMap);
        StepEntity[] stepRows = db.find(StepEntity.class, Query.select().where("MAP_ID = ?", mapId));
        LaneEntity[] laneRows = db.find(LaneEntity.class, Query.select().where("MAP_ID = ?", mapId));
        CardEntity[] cardRows = db.find(CardEntity.class, Query.select().where("MAP_ID = ?", mapId));
        EmotionEntity[] emotionRows = db.find(EmotionEntity.class, Query.select().where("MAP_ID = ?", mapId));
        MapPersonaEntity[] personaRows = db.find(MapPersonaEntity.class, Query.select().where("MAP_ID = ?", mapId));
        JiraLinkEntity[] linkRows = db.find(JiraLinkEntity.class, Query.select().where("MAP_ID = ?", mapId));

        Map<String, List<StepEntity>> stepsOfStage = new HashMap<>();
        Arrays.stream(stepRows).sorted(Comparator.comparingInt(StepEntity::getSortOrder).thenComparingInt(StepEntity::getID))
                .forEach(s -> stepsOfStage.computeIfAbsent(s.getStageId(), k -> new ArrayList<>()).add(s));
        List<Stage> stages = Arrays.stream(stageRows)
                .sorted(Comparator.comparingInt(StageEntity::getSortOrder).thenComparingInt(StageEntity::getID))
                .map(s -> new Stage(s.getElementId(), s.getName(), s.isHidden(),
                        stepsOfStage.getOrDefault(s.getElementId(), List.of()).stream()
                                .map(st -> new Step(st.getElementId(), st.getName(), st.isHidden())).toList()))
                .toList();
        List<Lane> lanes = Arrays.stream(laneRows)
                .sorted(Comparator.comparingInt(LaneEntity::getSortOrder).thenComparingInt(LaneEntity::getID))
                .map(l -> new Lane(l.getElementId(), enumOf(LaneType.class, l.getLaneType()), l.getName(), l.isHidden()))
                .toList();
        List<Card> cards = Arrays.stream(cardRows)
                .sorted(Comparator.comparingInt(CardEntity::getSortOrder).thenComparingInt(CardEntity::getID))
                .map(c -> new Card(c.getElementId(), c.getLaneId(), c.getStepId(), CardColumns.fromEntity(c)))
                .toList();
        List<EmotionScore> emotions = Arrays.stream(emotionRows)
                .map(e -> new EmotionScore(e.getStepId(), e.getPersonaId(), e.getScore())).toList();
        List<Long> personaIds = Arrays.stream(personaRows)
                .sorted(Comparator.comparingInt(MapPersonaEntity::getSortOrder).thenComparingInt(MapPersonaEntity::getID))
                .map(MapPersonaEntity::getPersonaId).toList();
        List<JiraLink> links = Arrays.stream(linkRows)
                .map(l -> new JiraLink(l.getCardId(), l.getServerId(), l.getIssueKey(), l.getSummary(),
                        l.getStatusName(), enumOf(StatusCategory.class, l.getStatusCategory()), l.getAssignee(),
                        instant(l.getFetchedAt()), enumOf(JiraLinkState.class, l.getLinkState())))
                .toList();
        return MapOrder.canonical(new JourneyMap(mapId, header(m), stages, lanes, cards, emotions, personaIds, links));
    }

    private static MapHeader header(MapEntity m) {
        return new MapHeader(m.getPageId(), m.getSpaceKey(), m.getMacroKey(), m.getTitle(), m.getGoal(),
                enumOf(JourneyType.class, m.getJourneyType()), enumOf(MapState.class, m.getMapState()),
                m.getDerivedFromMapId(), enumOf(SalesCycle.class, m.getSalesCycle()), m.getOwnerKey(),
                enumOf(Direction.class, m.getDirection()), m.getMapLanguage(), m.getTemplateId(), m.getVersion(),
                instant(m.getCreated()), instant(m.getUpdated()));
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
