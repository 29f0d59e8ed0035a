package io.journeymaps.map;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.Direction;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.JourneyType;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.model.MapState;
import io.journeymaps.map.model.SalesCycle;
import io.journeymaps.map.model.Severity;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.StatusCategory;
import io.journeymaps.map.model.Step;

/**
 * A small map the tests share. Stages S1 [st1, st2] and S2 [st3]; lanes act (ACTIONS), pain
 * (PAIN_POINTS), emo (EMOTION), opp (OPPORTUNITIES), met (METRICS), ev (EVIDENCE); cards c1, c3 in
 * act×st1, c2 in pain×st1 (severity HIGH, one Jira link); persona 7 attached; id 42, version 3.
 */
public final class TestMaps {
    public static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
    public static final long PERSONA = 7L;

    private TestMaps() {
    }

    public static JourneyMap sample() {
        MapHeader header = new MapHeader(100L, "DS", "mk1", "Buying a bike", "Understand buyers", JourneyType.NEW_CUSTOMER,
                MapState.CURRENT, null, SalesCycle.DAYS_30, "alice", Direction.LTR, "en", "aware", 3L, T0, T0);
        List<Stage> stages = List.of(
                new Stage("S1", "Awareness", false, List.of(new Step("st1", "See ad", false), new Step("st2", "Search", false))),
                new Stage("S2", "Purchase", false, List.of(new Step("st3", "Buy", false))));
        List<Lane> lanes = List.of(
                new Lane("act", LaneType.ACTIONS, "Actions", false),
                new Lane("pain", LaneType.PAIN_POINTS, "Pain points", false),
                new Lane("emo", LaneType.EMOTION, "Emotion", false),
                new Lane("opp", LaneType.OPPORTUNITIES, "Opportunities", false),
                new Lane("met", LaneType.METRICS, "Metrics", false),
                new Lane("ev", LaneType.EVIDENCE, "Evidence", false));
        List<Card> cards = List.of(
                new Card("c1", "act", "st1", CardDetails.of(Map.of(CardField.TEXT, "Sees banner"))),
                new Card("c2", "pain", "st1", CardDetails.of(Map.of(CardField.TEXT, "Slow page", CardField.SEVERITY, Severity.HIGH))),
                new Card("c3", "act", "st1", CardDetails.of(Map.of(CardField.TEXT, "Clicks"))));
        List<EmotionScore> emotions = List.of(new EmotionScore("st1", null, 1), new EmotionScore("st1", PERSONA, -1));
        List<JiraLink> links = List.of(new JiraLink("c2", "jira1", "SHOP-1", "Speed up", "Open", StatusCategory.NEW, "bob", T0));
        return new JourneyMap(42L, header, stages, lanes, cards, emotions, List.of(PERSONA), links);
    }
}
