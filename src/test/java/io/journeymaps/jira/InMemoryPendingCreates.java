package io.journeymaps.jira;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pending creates in memory, refusing a second one per card and server like the unique key does. */
public class InMemoryPendingCreates implements PendingCreates {
    private final Map<String, PendingCreate> all = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(PendingCreate p) {
        return all.putIfAbsent(key(p.mapId(), p.cardId(), p.serverId()), p) == null;
    }

    @Override
    public synchronized Optional<PendingCreate> find(long mapId, String cardId, String serverId) {
        return Optional.ofNullable(all.get(key(mapId, cardId, serverId)));
    }

    @Override
    public synchronized List<PendingCreate> ofMap(long mapId) {
        return new ArrayList<>(all.values().stream().filter(p -> p.mapId() == mapId).toList());
    }

    @Override
    public synchronized void remove(long mapId, String cardId, String serverId) {
        all.remove(key(mapId, cardId, serverId));
    }

    private static String key(long mapId, String cardId, String serverId) {
        return mapId + ":" + serverId + ":" + cardId;
    }
}
