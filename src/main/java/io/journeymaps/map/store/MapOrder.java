package io.journeymaps.map.store;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Step;

/**
 * The order in which the store returns a map's lists. Stages, lanes, steps and attached personas
 * keep their own order. Cards are stored by position within their cell, so they come back grouped
 * by lane, then step, in cell order; emotion scores by step then persona (general curve first);
 * Jira links by card, then server and issue key. Insert and saveBatch return the same order, so a
 * map they return equals the map a later load returns.
 */
final class MapOrder {
    private MapOrder() {
    }

    static JourneyMap canonical(JourneyMap map) {
        Map<String, Integer> laneIndex = indexOf(map.lanes().stream().map(l -> l.id()).toList());
        Map<String, Integer> stepIndex = indexOf(map.steps().map(Step::id).toList());
        List<Card> cards = map.cards().stream()
                .sorted(Comparator.comparingInt((Card c) -> laneIndex.getOrDefault(c.laneId(), Integer.MAX_VALUE))
                        .thenComparingInt(c -> stepIndex.getOrDefault(c.stepId(), Integer.MAX_VALUE)))
                .toList();
        Map<String, Integer> cardIndex = indexOf(cards.stream().map(Card::id).toList());
        List<EmotionScore> emotions = map.emotions().stream()
                .sorted(Comparator.comparingInt((EmotionScore e) -> stepIndex.getOrDefault(e.stepId(), Integer.MAX_VALUE))
                        .thenComparing(EmotionScore::stepId)
                        .thenComparing(EmotionScore::personaId, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        List<JiraLink> links = map.jiraLinks().stream()
                .sorted(Comparator.comparingInt((JiraLink l) -> cardIndex.getOrDefault(l.cardId(), Integer.MAX_VALUE))
                        .thenComparing(JiraLink::cardId)
                        .thenComparing(JiraLink::serverId, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(JiraLink::issueKey, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        return map.withCards(cards).withEmotions(emotions).withJiraLinks(links);
    }

    private static Map<String, Integer> indexOf(List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.putIfAbsent(ids.get(i), i);
        }
        return index;
    }
}
