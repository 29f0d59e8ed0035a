package io.journeymaps.history;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.journeymaps.common.json.Json;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.MapHeader;

/**
 * What one editing session changed so far, net: elements added, removed (with the name they had,
 * for the summary) and changed, by kind; the cards whose Jira links changed; whether the map's own
 * fields, the emotion curve or the personas changed. Built per batch from the batch's before and
 * after maps (both already in memory) and added up across the session, so coalescing never has to
 * read an older snapshot. Stored with the revision as small JSON.
 */
final class SessionChanges {
    static final List<String> KINDS = List.of("stages", "steps", "lanes", "cards");

    /** Per kind: added ids, removed id → name, changed ids (none of them in added). */
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Set<String> linkCards = new LinkedHashSet<>();
    private boolean details;
    private boolean emotions;
    private boolean personas;

    static final class Group {
        final Set<String> added = new LinkedHashSet<>();
        final Map<String, String> removed = new LinkedHashMap<>();
        final Set<String> changed = new LinkedHashSet<>();
    }

    private SessionChanges() {
        KINDS.forEach(k -> groups.put(k, new Group()));
    }

    static SessionChanges none() {
        return new SessionChanges();
    }

    /** The changes of one batch. */
    static SessionChanges between(JourneyMap before, JourneyMap after) {
        SessionChanges s = new SessionChanges();
        MapComparison content = MapComparison.between(before.withJiraLinks(List.of()), after.withJiraLinks(List.of()));
        s.take("stages", content.stages(), id -> before.stage(id).map(x -> x.name()).orElse(""));
        s.take("steps", content.steps(), id -> before.step(id).map(x -> x.name()).orElse(""));
        s.take("lanes", content.lanes(), id -> before.lane(id).map(x -> x.name()).orElse(""));
        s.take("cards", content.cards(), id -> before.card(id).map(Card::text).orElse(""));
        MapComparison withLinks = MapComparison.between(before, after);
        Set<String> contentChanged = new LinkedHashSet<>(content.cards().changed());
        withLinks.cards().changed().stream().filter(id -> !contentChanged.contains(id)).forEach(s.linkCards::add);
        s.details = !ownFields(before.header()).equals(ownFields(after.header()));
        s.emotions = !new java.util.HashSet<>(before.emotions()).equals(new java.util.HashSet<>(after.emotions()));
        s.personas = !new java.util.HashSet<>(before.personaIds()).equals(new java.util.HashSet<>(after.personaIds()));
        return s;
    }

    private void take(String kind, MapComparison.Changes c, java.util.function.Function<String, String> oldName) {
        Group g = groups.get(kind);
        g.added.addAll(c.added());
        c.removed().forEach(id -> g.removed.put(id, oldName.apply(id)));
        g.changed.addAll(c.changed());
    }

    /** The map's own fields an editor can change (not its place, version or times). */
    private static List<Object> ownFields(MapHeader h) {
        return java.util.Arrays.asList(h.title(), h.goal(), h.journeyType(), h.state(), h.salesCycle(), h.owner(),
                h.direction(), h.language(), h.templateId(), h.derivedFromMapId());
    }

    /** This session followed by {@code later}: net changes (added then removed is nothing; removed then added again is changed). */
    SessionChanges plus(SessionChanges later) {
        SessionChanges s = copy();
        for (String kind : KINDS) {
            Group g = s.groups.get(kind);
            Group l = later.groups.get(kind);
            for (String id : l.added) {
                if (g.removed.remove(id) != null) {
                    g.changed.add(id);
                } else {
                    g.added.add(id);
                }
            }
            l.removed.forEach((id, name) -> {
                g.changed.remove(id);
                if (!g.added.remove(id)) {
                    g.removed.put(id, name);
                }
            });
            l.changed.stream().filter(id -> !g.added.contains(id)).forEach(g.changed::add);
        }
        s.linkCards.addAll(later.linkCards);
        s.details |= later.details;
        s.emotions |= later.emotions;
        s.personas |= later.personas;
        return s;
    }

    private SessionChanges copy() {
        return parse(toJson());
    }

    Group group(String kind) {
        return groups.get(kind);
    }

    /** Cards whose Jira links changed, not counting cards added or removed in the session. */
    Set<String> linkCards() {
        Group cards = groups.get("cards");
        Set<String> out = new LinkedHashSet<>(linkCards);
        out.removeAll(cards.added);
        out.removeAll(cards.removed.keySet());
        return out;
    }

    boolean details() {
        return details;
    }

    boolean emotions() {
        return emotions;
    }

    boolean personas() {
        return personas;
    }

    String toJson() {
        ObjectNode o = Json.object();
        groups.forEach((kind, g) -> {
            ObjectNode go = o.putObject(kind);
            ArrayNode added = go.putArray("added");
            g.added.forEach(added::add);
            ObjectNode removed = go.putObject("removed");
            g.removed.forEach(removed::put);
            ArrayNode changed = go.putArray("changed");
            g.changed.forEach(changed::add);
        });
        ArrayNode links = o.putArray("links");
        linkCards.forEach(links::add);
        o.put("details", details).put("emotions", emotions).put("personas", personas);
        return Json.write(o);
    }

    /** Reads what {@link #toJson()} wrote; anything unreadable counts as an empty session. */
    static SessionChanges parse(String json) {
        SessionChanges s = new SessionChanges();
        if (json == null || json.isBlank()) {
            return s;
        }
        JsonNode o;
        try {
            o = Json.MAPPER.readTree(json);
        } catch (java.io.IOException | RuntimeException e) {
            return s;
        }
        for (String kind : KINDS) {
            JsonNode go = o.path(kind);
            Group g = s.groups.get(kind);
            go.path("added").forEach(n -> g.added.add(n.asText()));
            go.path("removed").fields().forEachRemaining(e -> g.removed.put(e.getKey(), e.getValue().asText()));
            go.path("changed").forEach(n -> g.changed.add(n.asText()));
        }
        o.path("links").forEach(n -> s.linkCards.add(n.asText()));
        s.details = o.path("details").asBoolean(false);
        s.emotions = o.path("emotions").asBoolean(false);
        s.personas = o.path("personas").asBoolean(false);
        return s;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionChanges s && Objects.equals(toJson(), s.toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }
}
