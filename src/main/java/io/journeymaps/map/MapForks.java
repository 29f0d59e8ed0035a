package io.journeymaps.map;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;

/**
 * Copies of a map's content for another page: every element gets a fresh id, Jira links stay with
 * the original (an issue's remote link points at the original page). Personas are kept only within
 * the same space, since the persona library is per space.
 */
public final class MapForks {
    private MapForks() {
    }

    public static JourneyMap forkFor(JourneyMap source, long pageId, String spaceKey, String macroKey) {
        Map<String, String> ids = new HashMap<>();
        List<Stage> stages = new ArrayList<>();
        for (Stage s : source.stages()) {
            List<Step> steps = s.steps().stream()
                    .map(st -> new Step(fresh(ids, st.id()), st.name(), st.hidden())).toList();
            stages.add(new Stage(fresh(ids, s.id()), s.name(), s.hidden(), steps));
        }
        List<Lane> lanes = source.lanes().stream()
                .map(l -> new Lane(fresh(ids, l.id()), l.type(), l.name(), l.hidden())).toList();
        List<Card> cards = source.cards().stream()
                .map(c -> new Card(fresh(ids, c.id()), ids.get(c.laneId()), ids.get(c.stepId()), c.details())).toList();
        boolean sameSpace = source.header().spaceKey() != null && source.header().spaceKey().equals(spaceKey);
        List<Long> personas = sameSpace ? source.personaIds() : List.of();
        List<EmotionScore> emotions = source.emotions().stream()
                .filter(e -> e.personaId() == null || personas.contains(e.personaId()))
                .map(e -> new EmotionScore(ids.get(e.stepId()), e.personaId(), e.score())).toList();
        MapHeader h = source.header();
        Instant now = Instant.now();
        MapHeader header = new MapHeader(pageId, spaceKey, macroKey, h.title(), h.goal(), h.journeyType(), h.state(),
                h.derivedFromMapId(), h.salesCycle(), h.owner(), h.direction(), h.language(), h.templateId(), 0L, now, now);
        return new JourneyMap(0L, header, stages, lanes, cards, emotions, personas, List.of());
    }

    private static String fresh(Map<String, String> ids, String old) {
        return ids.computeIfAbsent(old, k -> IdGenerator.newId());
    }
}
