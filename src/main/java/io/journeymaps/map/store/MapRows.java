package io.journeymaps.map.store;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;

/**
 * A map as the rows of its child tables, each keyed by the element's identity within the map.
 * Saving diffs these rows before and after, so only rows whose columns changed are written.
 */
final class MapRows {
    /** One row: the value of its lookup column (to find it again) and all its columns. */
    record Row(Object lookup, Map<String, Object> columns) {
    }

    final Map<String, Row> stages = new LinkedHashMap<>();
    final Map<String, Row> steps = new LinkedHashMap<>();
    final Map<String, Row> lanes = new LinkedHashMap<>();
    final Map<String, Row> cards = new LinkedHashMap<>();
    final Map<String, Row> emotions = new LinkedHashMap<>();
    final Map<String, Row> personas = new LinkedHashMap<>();
    final Map<String, Row> jiraLinks = new LinkedHashMap<>();

    static MapRows of(long mapId, JourneyMap map) {
        MapRows rows = new MapRows();
        List<Stage> stages = map.stages();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            put(rows.stages, stage.id(), stage.id(), columns(mapId, "ELEMENT_ID", stage.id(), "NAME", stage.name(),
                    "HIDDEN", stage.hidden(), "SORT_ORDER", i));
            for (int j = 0; j < stage.steps().size(); j++) {
                Step step = stage.steps().get(j);
                put(rows.steps, step.id(), step.id(), columns(mapId, "STAGE_ID", stage.id(), "ELEMENT_ID", step.id(),
                        "NAME", step.name(), "HIDDEN", step.hidden(), "SORT_ORDER", j));
            }
        }
        for (int i = 0; i < map.lanes().size(); i++) {
            Lane lane = map.lanes().get(i);
            put(rows.lanes, lane.id(), lane.id(), columns(mapId, "ELEMENT_ID", lane.id(),
                    "LANE_TYPE", lane.type() == null ? null : lane.type().name(), "NAME", lane.name(),
                    "HIDDEN", lane.hidden(), "SORT_ORDER", i));
        }
        Map<String, Integer> nextInCell = new HashMap<>();
        for (Card card : map.cards()) {
            int position = nextInCell.merge(card.laneId() + "\u0000" + card.stepId(), 1, Integer::sum) - 1;
            Map<String, Object> c = columns(mapId, "ELEMENT_ID", card.id(), "LANE_ID", card.laneId(),
                    "STEP_ID", card.stepId(), "SORT_ORDER", position);
            c.putAll(CardColumns.toColumns(card.details()));
            put(rows.cards, card.id(), card.id(), c);
        }
        for (EmotionScore e : map.emotions()) {
            put(rows.emotions, emotionKey(e.stepId(), e.personaId()), e.stepId(),
                    columns(mapId, "STEP_ID", e.stepId(), "PERSONA_ID", e.personaId(), "SCORE", e.score()));
        }
        for (int i = 0; i < map.personaIds().size(); i++) {
            Long personaId = map.personaIds().get(i);
            put(rows.personas, String.valueOf(personaId), personaId,
                    columns(mapId, "PERSONA_ID", personaId, "SORT_ORDER", i));
        }
        for (JiraLink l : map.jiraLinks()) {
            put(rows.jiraLinks, jiraLinkKey(l.cardId(), l.serverId(), l.issueKey()), l.cardId(),
                    columns(mapId, "CARD_ID", l.cardId(), "SERVER_ID", l.serverId(), "ISSUE_KEY", l.issueKey(),
                            "SUMMARY", l.summary(), "STATUS_NAME", l.statusName(),
                            "STATUS_CATEGORY", l.statusCategory() == null ? null : l.statusCategory().name(),
                            "ASSIGNEE", l.assignee(), "FETCHED_AT", date(l.fetchedAt()),
                            "LINK_STATE", l.state().name()));
        }
        return rows;
    }

    /** The MAP row's header columns (not VERSION, CREATED, UPDATED). */
    static Map<String, Object> headerColumns(MapHeader h) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("PAGE_ID", h.pageId());
        c.put("SPACE_KEY", h.spaceKey());
        c.put("MACRO_KEY", h.macroKey());
        c.put("TITLE", h.title());
        c.put("GOAL", h.goal());
        c.put("JOURNEY_TYPE", name(h.journeyType()));
        c.put("MAP_STATE", name(h.state()));
        c.put("DERIVED_FROM_MAP_ID", h.derivedFromMapId());
        c.put("SALES_CYCLE", name(h.salesCycle()));
        c.put("OWNER_KEY", h.owner());
        c.put("DIRECTION", name(h.direction()));
        c.put("MAP_LANGUAGE", h.language());
        c.put("TEMPLATE_ID", h.templateId());
        return c;
    }

    static String emotionKey(String stepId, Long personaId) {
        return stepId + "\u0000" + personaId;
    }

    static String jiraLinkKey(String cardId, String serverId, String issueKey) {
        return cardId + "\u0000" + serverId + "\u0000" + issueKey;
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static void put(Map<String, Row> table, String key, Object lookup, Map<String, Object> columns) {
        if (table.put(key, new Row(lookup, columns)) != null) {
            throw new IllegalArgumentException("two elements of the map have the identity " + key.replace('\u0000', '/'));
        }
    }

    private static Map<String, Object> columns(long mapId, Object... namesAndValues) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("MAP_ID", mapId);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            c.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return c;
    }
}
