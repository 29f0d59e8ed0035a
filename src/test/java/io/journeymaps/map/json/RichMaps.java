package io.journeymaps.map.json;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.Channel;
import io.journeymaps.map.model.ColourTag;
import io.journeymaps.map.model.Direction;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.EvidenceKind;
import io.journeymaps.map.model.Frequency;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JiraLinkState;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.JourneyType;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.model.MapState;
import io.journeymaps.map.model.MetricName;
import io.journeymaps.map.model.SalesCycle;
import io.journeymaps.map.model.Severity;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.StatusCategory;
import io.journeymaps.map.model.Step;

/** A map with every field set (every card field, hidden elements, RTL text, a pending link), for lossless round trips. */
public final class RichMaps {
    public static final Instant CREATED = Instant.parse("2026-03-04T05:06:07.123456Z");
    public static final Instant UPDATED = Instant.parse("2026-03-05T00:00:00Z");

    private RichMaps() {
    }

    public static JourneyMap rich() {
        MapHeader header = new MapHeader(200L, "ÜX", "mk-rich", "رحلة شراء «دراجة» 🚲", "هدف\nسطر ثانٍ — فارسی گام",
                JourneyType.PROBLEM_RESOLUTION, MapState.FUTURE, 41L, SalesCycle.MONTHS_6_PLUS, "alice",
                Direction.RTL, "ar", "buying-a-car", 17L, CREATED, UPDATED);
        List<Stage> stages = List.of(
                new Stage("S1", "الوعي", false, List.of(new Step("st1", "يرى إعلانًا", false), new Step("st2", "Hidden step", true))),
                new Stage("S2", "Purchase \"quoted\" <b>", true, List.of(new Step("st3", "Buy", false))));
        List<Lane> lanes = List.of(
                new Lane("act", LaneType.ACTIONS, "Actions", false),
                new Lane("pain", LaneType.PAIN_POINTS, "نقاط الألم", false),
                new Lane("opp", LaneType.OPPORTUNITIES, "Opportunities", true),
                new Lane("tp", LaneType.TOUCHPOINTS, "Touchpoints", false),
                new Lane("on", LaneType.ONSTAGE, "Onstage", false),
                new Lane("met", LaneType.METRICS, "Metrics", false),
                new Lane("ev", LaneType.EVIDENCE, "Evidence", false),
                new Lane("emo", LaneType.EMOTION, "Emotion", false));
        Map<CardField, Object> all = new EnumMap<>(CardField.class);
        all.put(CardField.TEXT, "نص\nmit Umlaut ä and emoji 😀");
        all.put(CardField.MOMENT_THAT_MATTERS, true);
        all.put(CardField.OWNER, "bob");
        all.put(CardField.COLOUR, ColourTag.PURPLE);
        all.put(CardField.SEVERITY, Severity.CRITICAL);
        all.put(CardField.FREQUENCY, Frequency.OFTEN);
        all.put(CardField.FEASIBLE, 1);
        all.put(CardField.VIABLE, 5);
        all.put(CardField.DESIRABLE, 3);
        all.put(CardField.CHANNEL, Channel.SELF_SERVICE);
        all.put(CardField.ACTOR, "Agent");
        all.put(CardField.METRIC_NAME, MetricName.NPS);
        all.put(CardField.METRIC_UNIT, "%");
        all.put(CardField.METRIC_TARGET, 42.5);
        all.put(CardField.METRIC_ACTUAL, -0.125);
        all.put(CardField.METRIC_SOURCE, "Survey");
        all.put(CardField.EVIDENCE_KIND, EvidenceKind.UNSOLICITED);
        all.put(CardField.EVIDENCE_SOURCE, "Interview #3");
        all.put(CardField.EVIDENCE_QUOTE, "«It took forever»");
        all.put(CardField.EVIDENCE_COUNT, 12);
        List<Card> cards = List.of(
                new Card("c1", "act", "st1", CardDetails.of(Map.of(CardField.TEXT, "Sees banner"))),
                new Card("c2", "pain", "st1", CardDetails.of(all)),
                new Card("c3", "act", "st1", CardDetails.empty()),
                new Card("c4", "met", "st3", CardDetails.of(Map.of(CardField.METRIC_TARGET, 3.0, CardField.METRIC_ACTUAL, 1e-7))));
        List<EmotionScore> emotions = List.of(new EmotionScore("st1", null, 2), new EmotionScore("st1", 7L, -2),
                new EmotionScore("st3", 8L, 0));
        List<JiraLink> links = List.of(
                new JiraLink("c2", "jira1", "SHOP-1", "Speed up ✓", "In Progress", StatusCategory.INDETERMINATE, "bob",
                        UPDATED, JiraLinkState.RATE_LIMITED),
                new JiraLink("c2", "jira1", null, null, null, null, null, null, JiraLinkState.PENDING),
                new JiraLink("c1", "jira2", "OPS-9", "x", "Done", StatusCategory.DONE, null, CREATED));
        return new JourneyMap(43L, header, stages, lanes, cards, emotions, List.of(7L, 8L), links);
    }
}
