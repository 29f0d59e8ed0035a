package io.journeymaps.map.json;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.journeymaps.common.json.Json;
import io.journeymaps.common.json.JsonFields;
import io.journeymaps.map.BatchResult;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;
import io.journeymaps.map.operation.Conflict;
import io.journeymaps.map.operation.MapOperation;
import io.journeymaps.persona.json.PersonaJson;
import io.journeymaps.persona.model.Persona;

/**
 * The map REST API's JSON: whole maps, map summaries, "create map" and "apply batch" bodies and
 * batch results. Enum values are written by name, times as ISO-8601 instants.
 */
public final class MapJson {
    private static final Set<String> NEW_MAP_FIELDS = Set.of("pageId", "template", "title", "language", "macroKey");
    private static final Set<String> BATCH_FIELDS = Set.of("baseVersion", "operations");

    private MapJson() {
    }

    /** The whole map, with the full personas it has attached (in the map's order; unknown ids are skipped). */
    public static ObjectNode toJson(JourneyMap map, List<Persona> personas) {
        ObjectNode o = summary(map);
        ArrayNode stages = o.putArray("stages");
        for (Stage s : map.stages()) {
            ObjectNode so = stages.addObject().put("id", s.id()).put("name", s.name()).put("hidden", s.hidden());
            ArrayNode steps = so.putArray("steps");
            for (Step st : s.steps()) {
                steps.addObject().put("id", st.id()).put("name", st.name()).put("hidden", st.hidden());
            }
        }
        ArrayNode lanes = o.putArray("lanes");
        for (Lane l : map.lanes()) {
            lanes.addObject().put("id", l.id()).put("type", l.type().name()).put("name", l.name()).put("hidden", l.hidden());
        }
        Map<String, LaneType> laneTypes = map.lanes().stream().collect(Collectors.toMap(Lane::id, Lane::type));
        ArrayNode cards = o.putArray("cards");
        for (Card c : map.cards()) {
            cards.add(card(map, c, laneTypes.get(c.laneId())));
        }
        ArrayNode emotions = o.putArray("emotions");
        for (EmotionScore e : map.emotions()) {
            emotions.addObject().put("stepId", e.stepId()).put("personaId", e.personaId()).put("score", e.score());
        }
        Map<Long, Persona> byId = personas.stream().collect(Collectors.toMap(Persona::id, Function.identity(), (a, b) -> a));
        ArrayNode personaArray = o.putArray("personas");
        for (Long id : map.personaIds()) {
            Persona p = byId.get(id);
            if (p != null) {
                personaArray.add(PersonaJson.toJson(p));
            }
        }
        return o;
    }

    /** The map's own fields (what lists of maps show). */
    public static ObjectNode summary(JourneyMap map) {
        MapHeader h = map.header();
        ObjectNode o = Json.object();
        o.put("id", map.id());
        return putHeader(o, h);
    }

    /** Every field of the header, as the map JSON and the snapshots both write them. */
    static ObjectNode putHeader(ObjectNode o, MapHeader h) {
        o.put("pageId", h.pageId());
        o.put("spaceKey", h.spaceKey());
        o.put("macroKey", h.macroKey());
        o.put("title", h.title());
        o.put("goal", h.goal());
        o.put("journeyType", name(h.journeyType()));
        o.put("state", name(h.state()));
        o.put("derivedFromMapId", h.derivedFromMapId());
        o.put("salesCycle", name(h.salesCycle()));
        o.put("owner", h.owner());
        o.put("direction", name(h.direction()));
        o.put("language", h.language());
        o.put("templateId", h.templateId());
        o.put("version", h.version());
        o.put("created", time(h.created()));
        o.put("updated", time(h.updated()));
        return o;
    }

    public static ArrayNode summaries(List<JourneyMap> maps) {
        ArrayNode a = Json.array();
        maps.forEach(m -> a.add(summary(m)));
        return a;
    }

    private static ObjectNode card(JourneyMap map, Card c, LaneType laneType) {
        ObjectNode o = Json.object();
        o.put("id", c.id()).put("laneId", c.laneId()).put("stepId", c.stepId());
        o.set("fields", CardFieldJson.write(c.details().asMap()));
        if (laneType == LaneType.OPPORTUNITIES) {
            o.put("priority", c.details().opportunityPriority());
        }
        ArrayNode links = o.putArray("jiraLinks");
        for (JiraLink l : map.jiraLinksOf(c.id())) {
            links.add(jiraLink(l));
        }
        return o;
    }

    public static ObjectNode jiraLink(JiraLink l) {
        ObjectNode o = Json.object();
        o.put("serverId", l.serverId());
        o.put("issueKey", l.issueKey());
        o.put("summary", l.summary());
        o.put("statusName", l.statusName());
        o.put("statusCategory", l.statusCategory() == null ? null : l.statusCategory().jiraKey());
        o.put("assignee", l.assignee());
        o.put("fetchedAt", time(l.fetchedAt()));
        o.put("state", l.state().name());
        o.put("stateMessage", l.state().message());
        return o;
    }

    /** The body of "create map": pageId and template required; title, language and macroKey optional. */
    public static NewMapRequest parseNewMap(JsonNode body) {
        JsonFields f = JsonFields.of(body, "");
        f.rejectUnknown(NEW_MAP_FIELDS);
        long pageId = f.requiredLong("pageId");
        return new NewMapRequest(pageId, f.requiredString("template"), f.optionalString("title"),
                f.optionalString("language"), f.optionalString("macroKey"));
    }

    /** The body of "apply batch": {@code {baseVersion, operations:[...]}}. */
    public static BatchRequest parseBatch(JsonNode body) {
        JsonFields f = JsonFields.of(body, "");
        f.rejectUnknown(BATCH_FIELDS);
        long baseVersion = f.requiredLong("baseVersion");
        return new BatchRequest(baseVersion, parseOperations(f.required("operations")));
    }

    /** An array of operations; errors name {@code operations[i].<field>}. */
    public static List<MapOperation> parseOperations(JsonNode operations) {
        return OperationJson.parseAll(operations, "operations");
    }

    public static ObjectNode operation(MapOperation op) {
        return OperationJson.write(op);
    }

    /** {@code {version, applied:[...]}} or {@code {currentVersion, conflicts:[...]}}. */
    public static ObjectNode batchResult(BatchResult result) {
        ObjectNode o = Json.object();
        if (result instanceof BatchResult.Applied a) {
            o.put("version", a.newVersion());
            o.set("applied", OperationJson.writeAll(a.applied()));
        } else if (result instanceof BatchResult.Conflicted c) {
            o.put("currentVersion", c.currentVersion());
            ArrayNode conflicts = o.putArray("conflicts");
            c.conflicts().forEach(x -> conflicts.add(conflict(x)));
        }
        return o;
    }

    public static ObjectNode conflict(Conflict c) {
        ObjectNode o = Json.object();
        o.put("operationIndex", c.operationIndex());
        o.putObject("element").put("type", c.elementType()).put("id", c.elementId());
        o.put("field", c.field());
        o.set("theirs", Json.valueNode(c.theirs()));
        o.set("yours", Json.valueNode(c.yours()));
        o.put("reason", c.kind().wireName());
        return o;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String time(Instant i) {
        return i == null ? null : i.toString();
    }
}
