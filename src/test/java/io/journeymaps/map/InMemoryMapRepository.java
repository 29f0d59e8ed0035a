package io.journeymaps.map;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import io.journeymaps.host.UserRef;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.MapHeader;

/** A MapRepository in memory, with the version check of saveBatch and the changed-targets log. */
public class InMemoryMapRepository implements MapRepository {
    private record Batch(long version, Set<String> targets) {
    }

    private final Map<Long, JourneyMap> maps = new LinkedHashMap<>();
    private final Map<Long, List<Batch>> batches = new LinkedHashMap<>();
    private long nextId = 1;
    /** Runs at the start of saveBatch: lets a test slip in another writer's batch. */
    private Consumer<JourneyMap> beforeSave = m -> { };
    public int saveCalls;

    public void beforeSave(Consumer<JourneyMap> hook) {
        this.beforeSave = hook;
    }

    @Override
    public synchronized Optional<JourneyMap> load(long mapId) {
        return Optional.ofNullable(maps.get(mapId));
    }

    @Override
    public synchronized Optional<Long> version(long mapId) {
        return load(mapId).map(JourneyMap::version);
    }

    @Override
    public synchronized <T> T lockedForWrite(long mapId, java.util.function.Supplier<T> work) {
        if (load(mapId).isEmpty()) {
            throw new io.journeymaps.common.NotFoundException("map " + mapId);
        }
        return work.get();
    }

    @Override
    public synchronized Optional<MapHeader> header(long mapId) {
        return load(mapId).map(JourneyMap::header);
    }

    @Override
    public synchronized JourneyMap insert(JourneyMap map, UserRef author) {
        return insertAtVersion(map, author, 1);
    }

    @Override
    public synchronized JourneyMap insertAtVersion(JourneyMap map, UserRef author, long version) {
        if (findByPageAndMacroKey(map.header().pageId(), map.header().macroKey()).isPresent()) {
            // As the database's unique PAGE_MACRO does.
            throw new DuplicateMapException(map.header().pageId(), map.header().macroKey(), null);
        }
        long id = nextId++;
        Instant now = Instant.now();
        JourneyMap stored = new JourneyMap(id, map.header().withVersion(version, now), map.stages(), map.lanes(), map.cards(),
                map.emotions(), map.personaIds(), map.jiraLinks());
        maps.put(id, stored);
        batches.put(id, new ArrayList<>());
        return stored;
    }

    @Override
    public JourneyMap saveBatch(JourneyMap before, JourneyMap after, Set<String> changedTargets, UserRef author) {
        saveCalls++;
        Consumer<JourneyMap> hook = beforeSave;
        beforeSave = m -> { };
        hook.accept(before);
        synchronized (this) {
            JourneyMap current = maps.get(before.id());
            if (current == null || current.version() != before.version()) {
                throw new ConcurrentMapUpdateException(before.id(), before.version());
            }
            long v = before.version() + 1;
            JourneyMap stored = after.withHeader(after.header().withVersion(v, Instant.now()));
            maps.put(before.id(), stored);
            batches.computeIfAbsent(before.id(), k -> new ArrayList<>()).add(new Batch(v, Set.copyOf(changedTargets)));
            return stored;
        }
    }

    @Override
    public synchronized JourneyMap saveJiraLinkCache(JourneyMap before, List<io.journeymaps.map.model.JiraLink> links) {
        JourneyMap stored = maps.get(before.id()).withJiraLinks(links);
        maps.put(before.id(), stored);
        return stored;
    }

    @Override
    public synchronized Set<String> changedTargetsSince(long mapId, long sinceVersion) {
        Set<String> all = new LinkedHashSet<>();
        for (Batch b : batches.getOrDefault(mapId, List.of())) {
            if (b.version() > sinceVersion) {
                all.addAll(b.targets());
            }
        }
        return all;
    }

    @Override
    public synchronized List<JourneyMap> headersOfPage(long pageId) {
        return maps.values().stream().filter(m -> m.header().pageId() == pageId)
                .map(m -> new JourneyMap(m.id(), m.header(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()))
                .toList();
    }

    @Override
    public synchronized List<JourneyMap> headersOfSpace(String spaceKey) {
        return maps.values().stream().filter(m -> spaceKey.equals(m.header().spaceKey()))
                .map(m -> new JourneyMap(m.id(), m.header(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()))
                .toList();
    }

    @Override
    public synchronized Optional<Long> findByPageAndMacroKey(long pageId, String macroKey) {
        return maps.values().stream().filter(m -> m.header().pageId() == pageId && m.header().macroKey().equals(macroKey))
                .map(JourneyMap::id).findFirst();
    }

    @Override
    public synchronized Optional<Long> findAnyByMacroKey(String macroKey) {
        return maps.values().stream().filter(m -> m.header().macroKey().equals(macroKey)).map(JourneyMap::id).findFirst();
    }

    @Override
    public synchronized void delete(long mapId) {
        maps.remove(mapId);
        batches.remove(mapId);
    }

    /** Puts a map as it is (keeping its id and version), for tests that start from a fixture. */
    public synchronized JourneyMap put(JourneyMap map) {
        maps.put(map.id(), map);
        batches.computeIfAbsent(map.id(), k -> new ArrayList<>());
        nextId = Math.max(nextId, map.id() + 1);
        return map;
    }
}
