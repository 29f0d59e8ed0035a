package io.journeymaps.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.journeymaps.map.TestMaps;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.Severity;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;

class MapComparisonTest {
    private final JourneyMap base = TestMaps.sample();

    @Test
    void sameMap_hasNoChanges() {
        assertTrue(MapComparison.between(base, base).isEmpty());
    }

    @Test
    void cards_addedRemovedAndEdited() {
        List<Card> cards = new ArrayList<>(base.cards());
        cards.removeIf(c -> c.id().equals("c3"));
        cards.replaceAll(c -> c.id().equals("c2") ? c.withDetails(c.details().with(CardField.SEVERITY, Severity.LOW)) : c);
        cards.add(new Card("c9", "act", "st3", CardDetails.of(Map.of(CardField.TEXT, "New"))));

        MapComparison diff = MapComparison.between(base, base.withCards(cards));

        assertEquals(new MapComparison.Changes(List.of("c9"), List.of("c3"), List.of("c2")), diff.cards());
        assertTrue(diff.stages().isEmpty() && diff.steps().isEmpty() && diff.lanes().isEmpty());
    }

    @Test
    void movedCard_isChanged_butItsNeighboursAreNot() {
        List<Card> cards = new ArrayList<>(base.cards());
        Card c1 = cards.remove(0);
        cards.add(c1.inCell("act", "st2"));
        cards.add(0, new Card("c0", "act", "st1", CardDetails.empty()));

        MapComparison diff = MapComparison.between(base, base.withCards(cards));

        assertEquals(List.of("c0"), diff.cards().added());
        assertEquals(List.of("c1"), diff.cards().changed());
    }

    @Test
    void reorderInsideACell_changesTheReorderedCards() {
        List<Card> cards = new ArrayList<>(base.cards());
        Card c1 = cards.remove(0);
        cards.add(c1);

        assertEquals(List.of("c3", "c1"), MapComparison.between(base, base.withCards(cards)).cards().changed());
    }

    @Test
    void jiraLinks_countAsCardFields() {
        assertEquals(List.of("c2"), MapComparison.between(base, base.withJiraLinks(List.of())).cards().changed());
    }

    @Test
    void stagesStepsAndLanes_addedRemovedRenamedMoved() {
        Stage s1 = base.stages().get(0);
        Stage s2 = base.stages().get(1);
        Stage s1Changed = s1.withName("Aware").withSteps(List.of(s1.steps().get(0)));
        Stage s2Changed = s2.withSteps(List.of(s2.steps().get(0), s1.steps().get(1).withHidden(true)));
        Stage s3 = new Stage("S3", "Support", false, List.of(new Step("st9", "Call", false)));
        List<Lane> lanes = new ArrayList<>(base.lanes());
        lanes.remove(5);
        lanes.add(0, lanes.remove(1));
        lanes.add(new Lane("th", LaneType.THOUGHTS, "Thoughts", false));
        JourneyMap after = base.withStages(List.of(s2Changed, s1Changed, s3)).withLanes(lanes);

        MapComparison diff = MapComparison.between(base, after);

        assertEquals(new MapComparison.Changes(List.of("S3"), List.of(), List.of("S2", "S1")), diff.stages());
        assertEquals(new MapComparison.Changes(List.of("st9"), List.of(), List.of("st2")), diff.steps());
        assertEquals(new MapComparison.Changes(List.of("th"), List.of("ev"), List.of("pain", "act")), diff.lanes());
    }
}
