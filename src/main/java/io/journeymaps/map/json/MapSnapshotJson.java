package io.journeymaps.map.json;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.journeymaps.common.json.Json;
import io.journeymaps.common.json.JsonFields;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardDetails;
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

/**
 * The whole {@link JourneyMap} as lossless JSON and back: what revisions and space exports store.
 * Unlike {@link MapJson} (the editor's view) it keeps every field as the model has it: persona ids
 * instead of personas, Jira links with their card id and state, enum values by name. The
 * {@code format} field lets later versions read older snapshots.
 */
public final class MapSnapshotJson {
    public static final int FORMAT = 1;

    private MapSnapshotJson() {
    }

    public static ObjectNode toJson(JourneyMap map) {
        MapHeader h = map.header();
        ObjectNode o = Json.object();
        o.put("format", FORMAT);
        o.put("id", map.id());
        MapJson.putHeader(o.putObject("header"), h);
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
        ArrayNode cards = o.putArray("cards");
        for (Card c : map.cards()) {
            ObjectNode co = cards.addObject().put("id", c.id()).put("laneId", c.laneId()).put("stepId", c.stepId());
            co.set("fields", CardFieldJson.write(c.details().asMap()));
        }
        ArrayNode emotions = o.putArray("emotions");
        for (EmotionScore e : map.emotions()) {
            emotions.addObject().put("stepId", e.stepId()).put("personaId", e.personaId()).put("score", e.score());
        }
        ArrayNode personas = o.putArray("personaIds");
        map.personaIds().forEach(personas::add);
        ArrayNode links = o.putArray("jiraLinks");
        for (JiraLink l : map.jiraLinks()) {
            links.addObject()
                    .put("cardId", l.cardId())
                    .put("serverId", l.serverId())
                    .put("issueKey", l.issueKey())
                    .put("summary", l.summary())
                    .put("statusName", l.statusName())
                    .put("statusCategory", name(l.statusCategory()))
                    .put("assignee", l.assignee())
                    .put("fetchedAt", time(l.fetchedAt()))
                    .put("state", name(l.state()));
        }
        return o;
    }

    /** Reads a snapshot; anything malformed is an InvalidInputException naming the field path. */
    public static JourneyMap fromJson(JsonNode json) {
        JsonFields o = JsonFields.of(json, "");
        Integer format = o.optionalInt("format");
        if (format != null && format > FORMAT) {
            throw o.error("format", "is newer than this version understands (" + FORMAT + ")");
        }
        JsonFields h = o.requiredObject("header");
        MapHeader header = new MapHeader(
                h.requiredLong("pageId"),
                h.optionalString("spaceKey"),
                h.optionalString("macroKey"),
                h.optionalString("title"),
                h.optionalString("goal"),
                h.optionalEnum("journeyType", JourneyType.class),
                h.optionalEnum("state", MapState.class),
                h.optionalLong("derivedFromMapId"),
                h.optionalEnum("salesCycle", SalesCycle.class),
                h.optionalString("owner"),
                h.optionalEnum("direction", Direction.class),
                h.optionalString("language"),
                h.optionalString("templateId"),
                h.requiredLong("version"),
                instant(h, "created"),
                instant(h, "updated"));
        List<Stage> stages = new ArrayList<>();
        for (JsonFields s : objects(o, "stages")) {
            List<Step> steps = new ArrayList<>();
            for (JsonFields st : objects(s, "steps")) {
                steps.add(new Step(st.requiredString("id"), st.requiredString("name"), st.requiredBoolean("hidden")));
            }
            stages.add(new Stage(s.requiredString("id"), s.requiredString("name"), s.requiredBoolean("hidden"), steps));
        }
        List<Lane> lanes = new ArrayList<>();
        for (JsonFields l : objects(o, "lanes")) {
            lanes.add(new Lane(l.requiredString("id"), l.requiredEnum("type", LaneType.class),
                    l.requiredString("name"), l.requiredBoolean("hidden")));
        }
        List<Card> cards = new ArrayList<>();
        for (JsonFields c : objects(o, "cards")) {
            CardDetails details = CardDetails.of(CardFieldJson.parse(c.requiredObject("fields")));
            cards.add(new Card(c.requiredString("id"), c.requiredString("laneId"), c.requiredString("stepId"), details));
        }
        List<EmotionScore> emotions = new ArrayList<>();
        for (JsonFields e : objects(o, "emotions")) {
            emotions.add(new EmotionScore(e.requiredString("stepId"), e.optionalLong("personaId"), e.requiredInt("score")));
        }
        List<Long> personaIds = new ArrayList<>();
        List<JsonNode> ids = o.requiredArray("personaIds");
        for (int i = 0; i < ids.size(); i++) {
            personaIds.add(o.longValue("personaIds[" + i + "]", ids.get(i)));
        }
        List<JiraLink> links = new ArrayList<>();
        for (JsonFields l : objects(o, "jiraLinks")) {
            links.add(new JiraLink(l.requiredString("cardId"), l.optionalString("serverId"), l.optionalString("issueKey"),
                    l.optionalString("summary"), l.optionalString("statusName"),
                    l.optionalEnum("statusCategory", StatusCategory.class), l.optionalString("assignee"),
                    instant(l, "fetchedAt"), l.optionalEnum("state", JiraLinkState.class)));
        }
        return new JourneyMap(o.requiredLong("id"), header, stages, lanes, cards, emotions, personaIds, links);
    }

    /** Reads a snapshot stored as text. */
    public static JourneyMap fromJson(String json) {
        return fromJson(Json.parse(json));
    }

    public static String write(JourneyMap map) {
        return Json.write(toJson(map));
    }

    private static List<JsonFields> objects(JsonFields parent, String field) {
        List<JsonNode> items = parent.requiredArray(field);
        List<JsonFields> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(JsonFields.of(items.get(i), parent.pathOf(field) + "[" + i + "]"));
        }
        return out;
    }

    private static Instant instant(JsonFields f, String field) {
        String s = f.optionalString(field);
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw f.error(field, "must be an ISO-8601 instant");
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String time(Instant i) {
        return i == null ? null : i.toString();
    }
}
