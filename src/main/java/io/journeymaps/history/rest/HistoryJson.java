package io.journeymaps.history.rest;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.journeymaps.common.json.Json;
import io.journeymaps.history.HistoryService.RevisionView;
import io.journeymaps.history.MapComparison;
import io.journeymaps.history.model.Revision;

/** The history REST API's JSON: revisions and comparisons (maps themselves are written by MapJson). */
final class HistoryJson {
    private HistoryJson() {
    }

    static ObjectNode revision(RevisionView view) {
        Revision r = view.revision();
        ObjectNode o = Json.object();
        o.put("version", r.version());
        o.put("author", r.author());
        o.put("authorName", view.authorName());
        o.put("created", r.created() == null ? null : r.created().toString());
        o.put("summary", r.summary());
        o.put("kind", r.kind().name());
        return o;
    }

    static ObjectNode revisions(long mapId, List<RevisionView> views) {
        ObjectNode o = Json.object();
        o.put("mapId", mapId);
        ArrayNode a = o.putArray("revisions");
        views.forEach(v -> a.add(revision(v)));
        return o;
    }

    static ObjectNode changes(MapComparison.Changes c) {
        ObjectNode o = Json.object();
        ArrayNode added = o.putArray("added");
        c.added().forEach(added::add);
        ArrayNode removed = o.putArray("removed");
        c.removed().forEach(removed::add);
        ArrayNode changed = o.putArray("changed");
        c.changed().forEach(changed::add);
        return o;
    }
}
