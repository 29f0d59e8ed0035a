package io.journeymaps.map.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A customer journey map: the whole aggregate as the editor and the renderer see it.
 * Immutable; edits produce new instances.
 */
public record JourneyMap(
        long id,
        MapHeader header,
        List<Stage> stages,
        List<Lane> lanes,
        List<Card> cards,
        List<EmotionScore> emotions,
        List<Long> personaIds,
        List<JiraLink> jiraLinks) {

    public JourneyMap {
        stages = List.copyOf(stages);
        lanes = List.copyOf(lanes);
        cards = List.copyOf(cards);
        emotions = List.copyOf(emotions);
        personaIds = List.copyOf(personaIds);
        jiraLinks = List.copyOf(jiraLinks);
    }

    public long version() {
        return header.version();
    }

    /** All steps, in column order. */
    public Stream<Step> steps() {
        return stages.stream().flatMap(s -> s.steps().stream());
    }

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    public Optional<Stage> stageOfStep(String stepId) {
        return stages.stream().filter(s -> s.steps().stream().anyMatch(st -> st.id().equals(stepId))).findFirst();
    }

    public Optional<Step> step(String stepId) {
        return steps().filter(s -> s.id().equals(stepId)).findFirst();
    }

    public Optional<Lane> lane(String laneId) {
        return lanes.stream().filter(l -> l.id().equals(laneId)).findFirst();
    }

    public Optional<Card> card(String cardId) {
        return cards.stream().filter(c -> c.id().equals(cardId)).findFirst();
    }

    /** The cards of one cell, in order. */
    public List<Card> cardsIn(String laneId, String stepId) {
        return cards.stream().filter(c -> c.laneId().equals(laneId) && c.stepId().equals(stepId)).toList();
    }

    public List<JiraLink> jiraLinksOf(String cardId) {
        return jiraLinks.stream().filter(l -> l.cardId().equals(cardId)).toList();
    }

    public JourneyMap withHeader(MapHeader h) {
        return new JourneyMap(id, h, stages, lanes, cards, emotions, personaIds, jiraLinks);
    }

    public JourneyMap withStages(List<Stage> s) {
        return new JourneyMap(id, header, s, lanes, cards, emotions, personaIds, jiraLinks);
    }

    public JourneyMap withLanes(List<Lane> l) {
        return new JourneyMap(id, header, stages, l, cards, emotions, personaIds, jiraLinks);
    }

    public JourneyMap withCards(List<Card> c) {
        return new JourneyMap(id, header, stages, lanes, c, emotions, personaIds, jiraLinks);
    }

    public JourneyMap withEmotions(List<EmotionScore> e) {
        return new JourneyMap(id, header, stages, lanes, cards, e, personaIds, jiraLinks);
    }

    public JourneyMap withPersonaIds(List<Long> p) {
        return new JourneyMap(id, header, stages, lanes, cards, emotions, p, jiraLinks);
    }

    public JourneyMap withJiraLinks(List<JiraLink> j) {
        return new JourneyMap(id, header, stages, lanes, cards, emotions, personaIds, j);
    }
}
