package io.journeymaps.map.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.journeymaps.map.TestMaps;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.MapHeader;

class ReplacementTargetsTest {
    private final JourneyMap base = TestMaps.sample();

    @Test
    void sameContent_changesNothing() {
        assertEquals(Set.of(), ReplacementTargets.between(base, base));
    }

    @Test
    void targets_areThoseABatchOfTheSameEditsWouldRecord() {
        List<Card> cards = new ArrayList<>(base.cards());
        cards.removeIf(c -> c.id().equals("c3"));
        cards.replaceAll(c -> c.id().equals("c1") ? c.withDetails(c.details().with(CardField.TEXT, "x")).inCell("act", "st2") : c);
        cards.add(new Card("c9", "act", "st3", CardDetails.of(Map.of(CardField.TEXT, "new"))));
        MapHeader h = base.header();
        JourneyMap after = base.withCards(cards)
                .withStages(List.of(base.stages().get(1), base.stages().get(0).withName("Aware")))
                .withEmotions(List.of(new EmotionScore("st1", null, 2)))
                .withPersonaIds(List.of())
                .withJiraLinks(List.of())
                .withHeader(new MapHeader(h.pageId(), h.spaceKey(), h.macroKey(), "New title", h.goal(), h.journeyType(),
                        h.state(), h.derivedFromMapId(), h.salesCycle(), h.owner(), h.direction(), h.language(),
                        h.templateId(), h.version(), h.created(), h.updated()));

        Set<String> targets = ReplacementTargets.between(base, after);

        assertEquals(Set.of("map:title", "stage:S2:order", "stage:S1:name", "stage:S1:order",
                "card:c1:text", "card:c1:position", "card:c9", "card:c3", "card:c2:jiraLinks",
                "emotion:st1:none", "emotion:st1:7", "persona:7"), targets);
    }
}
