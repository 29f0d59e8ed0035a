package io.journeymaps.space.json;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.journeymaps.common.FieldError;
import io.journeymaps.common.InvalidInputException;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.Limits;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;
import io.journeymaps.map.operation.CardFieldRules;

/**
 * The product limits (product.md §4) and the map's inner consistency, checked on a map read from a
 * file before anything is stored: a file is not trusted to come from this plugin. Paths are those of
 * the map snapshot's JSON ({@code cards[3].laneId}) under the given prefix.
 */
final class MapLimits {
    private static final Pattern ELEMENT_ID = Pattern.compile(Limits.ELEMENT_ID_PATTERN);

    private MapLimits() {
    }

    static void check(String prefix, JourneyMap map) {
        String title = map.header().title();
        if (title != null && length(title) > Limits.NAME) {
            throw fail(prefix, "header.title", "must have at most " + Limits.NAME + " characters");
        }
        Set<String> stageIds = new HashSet<>();
        Set<String> stepIds = new HashSet<>();
        for (int i = 0; i < map.stages().size(); i++) {
            Stage s = map.stages().get(i);
            String at = "stages[" + i + "]";
            element(prefix, at, s.id(), stageIds);
            name(prefix, at + ".name", s.name());
            for (int j = 0; j < s.steps().size(); j++) {
                Step st = s.steps().get(j);
                element(prefix, at + ".steps[" + j + "]", st.id(), stepIds);
                name(prefix, at + ".steps[" + j + "].name", st.name());
                if (stepIds.size() > Limits.STEPS_PER_MAP) {
                    throw fail(prefix, at + ".steps[" + j + "]", "a map has at most " + Limits.STEPS_PER_MAP + " steps");
                }
            }
        }
        if (map.lanes().size() > Limits.LANES_PER_MAP) {
            throw fail(prefix, "lanes", "a map has at most " + Limits.LANES_PER_MAP + " lanes");
        }
        Set<String> laneIds = new HashSet<>();
        for (int i = 0; i < map.lanes().size(); i++) {
            Lane l = map.lanes().get(i);
            element(prefix, "lanes[" + i + "]", l.id(), laneIds);
            name(prefix, "lanes[" + i + "].name", l.name());
        }
        if (map.cards().size() > Limits.CARDS_PER_MAP) {
            throw fail(prefix, "cards", "a map has at most " + Limits.CARDS_PER_MAP + " cards");
        }
        Set<String> cardIds = new HashSet<>();
        for (int i = 0; i < map.cards().size(); i++) {
            cards(prefix, "cards[" + i + "]", map.cards().get(i), cardIds, laneIds, stepIds);
        }
        for (int i = 0; i < map.emotions().size(); i++) {
            EmotionScore e = map.emotions().get(i);
            if (!stepIds.contains(e.stepId())) {
                throw fail(prefix, "emotions[" + i + "].stepId", "is not a step of the map");
            }
            if (e.score() < EmotionScore.MIN || e.score() > EmotionScore.MAX) {
                throw fail(prefix, "emotions[" + i + "].score",
                        "must be between " + EmotionScore.MIN + " and " + EmotionScore.MAX);
            }
            if (e.personaId() != null && !map.personaIds().contains(e.personaId())) {
                throw fail(prefix, "emotions[" + i + "].personaId", "is not one of the map's personaIds");
            }
        }
        for (int i = 0; i < map.jiraLinks().size(); i++) {
            JiraLink l = map.jiraLinks().get(i);
            if (!cardIds.contains(l.cardId())) {
                throw fail(prefix, "jiraLinks[" + i + "].cardId", "is not a card of the map");
            }
        }
    }

    private static void cards(String prefix, String at, Card c, Set<String> cardIds, Set<String> laneIds,
                              Set<String> stepIds) {
        element(prefix, at, c.id(), cardIds);
        if (!laneIds.contains(c.laneId())) {
            throw fail(prefix, at + ".laneId", "is not a lane of the map");
        }
        if (!stepIds.contains(c.stepId())) {
            throw fail(prefix, at + ".stepId", "is not a step of the map");
        }
        for (Map.Entry<CardField, Object> f : c.details().asMap().entrySet()) {
            String problem = f.getValue() == null ? null : CardFieldRules.problem(f.getKey(), f.getValue());
            if (problem != null) {
                throw fail(prefix, at + ".fields." + f.getKey().wireName(), problem);
            }
        }
    }

    private static void element(String prefix, String at, String id, Set<String> seen) {
        if (id == null || !ELEMENT_ID.matcher(id).matches()) {
            throw fail(prefix, at + ".id", "must be 1 to 36 letters, digits, '-' or '_'");
        }
        if (!seen.add(id)) {
            throw fail(prefix, at + ".id", "is used twice in the map");
        }
    }

    private static void name(String prefix, String at, String name) {
        if (name != null && length(name) > Limits.NAME) {
            throw fail(prefix, at, "must have at most " + Limits.NAME + " characters");
        }
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static InvalidInputException fail(String prefix, String field, String reason) {
        return new InvalidInputException(List.of(new FieldError(prefix + "." + field, reason)));
    }
}
