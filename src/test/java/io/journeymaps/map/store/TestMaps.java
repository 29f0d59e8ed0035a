package io.journeymaps.map.store;

import java.time.Instant;
import java.util.ArrayList;
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

/** Maps for the store tests, built in the store's canonical order so that loads compare equal. */
final class TestMaps {
    static final Instant CREATED = Instant.parse("2024-03-01T10:15:30.123Z");

    private TestMaps() {
    }

    static MapHeader header(long pageId, String macroKey) {
        return new MapHeader(pageId, "DS", macroKey, "Buying a car", "Understand why buyers drop out\nsecond line",
                JourneyType.NEW_CUSTOMER, MapState.FUTURE, 41L, SalesCycle.MONTHS_6_PLUS, "user-key-1",
                Direction.RTL, "fa", "tpl-car", 0, CREATED, null);
    }

    /** One lane of every type; a card with every field; emotions, personas and Jira links. */
    static JourneyMap everyLaneAndField(long pageId, String macroKey) {
        List<Stage> stages = List.of(
                new Stage("st-aware", "Awareness", false, List.of(new Step("s1", "Sees an ad", false),
                        new Step("s2", "Reads reviews", true))),
                new Stage("st-buy", "Purchase", true, List.of(new Step("s3", "Test drive", false))));
        List<Lane> lanes = new ArrayList<>();
        for (LaneType type : LaneType.values()) {
            lanes.add(new Lane("lane-" + type.name().toLowerCase(), type, "Lane " + type, type == LaneType.TEXT));
        }
        Map<CardField, Object> all = new EnumMap<>(CardField.class);
        all.put(CardField.TEXT, "Waiting ‹three› weeks for a quote — \"too long\" <b>'x'</b> ".repeat(60));
        all.put(CardField.MOMENT_THAT_MATTERS, true);
        all.put(CardField.OWNER, "owner-key");
        all.put(CardField.COLOUR, ColourTag.PURPLE);
        all.put(CardField.SEVERITY, Severity.CRITICAL);
        all.put(CardField.FREQUENCY, Frequency.OFTEN);
        all.put(CardField.FEASIBLE, 4);
        all.put(CardField.VIABLE, 2);
        all.put(CardField.DESIRABLE, 5);
        all.put(CardField.CHANNEL, Channel.SELF_SERVICE);
        all.put(CardField.ACTOR, "Dealer");
        all.put(CardField.METRIC_NAME, MetricName.RESPONSE_TIME);
        all.put(CardField.METRIC_UNIT, "hours");
        all.put(CardField.METRIC_TARGET, 2.5);
        all.put(CardField.METRIC_ACTUAL, 36.75);
        all.put(CardField.METRIC_SOURCE, "https://analytics.example/report?id=1&x=2");
        all.put(CardField.EVIDENCE_KIND, EvidenceKind.UNSOLICITED);
        all.put(CardField.EVIDENCE_SOURCE, "https://support.example/tickets/42");
        all.put(CardField.EVIDENCE_QUOTE, "I gave up and bought elsewhere.");
        all.put(CardField.EVIDENCE_COUNT, 17);
        assert all.size() == CardField.values().length;

        List<Card> cards = new ArrayList<>();
        for (Lane lane : lanes) {
            if (!lane.type().holdsCards()) {
                continue;
            }
            if (lane.type() == LaneType.PAIN_POINTS) {
                cards.add(new Card("c-all", lane.id(), "s1", CardDetails.of(all)));
                cards.add(new Card("c-pain-2", lane.id(), "s1", CardDetails.empty()
                        .with(CardField.TEXT, "second in the cell").with(CardField.MOMENT_THAT_MATTERS, false)));
                cards.add(new Card("c-pain-3", lane.id(), "s3", CardDetails.empty().with(CardField.TEXT, "")));
            } else {
                cards.add(new Card("c-" + lane.type().name().toLowerCase(), lane.id(), "s2",
                        CardDetails.empty().with(CardField.TEXT, "card of " + lane.type())));
            }
        }
        List<EmotionScore> emotions = List.of(new EmotionScore("s1", null, -2), new EmotionScore("s1", 3L, 1),
                new EmotionScore("s1", 7L, 2), new EmotionScore("s2", null, 0), new EmotionScore("s3", 7L, -1));
        List<JiraLink> links = List.of(
                new JiraLink("c-all", "app-1", "CX-1", "Quote takes too long", "In Progress",
                        StatusCategory.INDETERMINATE, "Ann", Instant.parse("2024-03-02T08:00:00.456Z")),
                new JiraLink("c-all", "app-1", "CX-2", null, null, null, null, null));
        return new JourneyMap(0, header(pageId, macroKey), stages, lanes, cards, emotions, List.of(7L, 3L), links);
    }

    /** A map with {@code cardCount} cards spread over 10 steps × 5 lanes. */
    static JourneyMap withCards(long pageId, String macroKey, int cardCount) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            steps.add(new Step("step-" + i, "Step " + i, false));
        }
        List<Stage> stages = List.of(new Stage("stage-a", "A", false, steps.subList(0, 5)),
                new Stage("stage-b", "B", false, steps.subList(5, 10)));
        List<LaneType> types = List.of(LaneType.ACTIONS, LaneType.THOUGHTS, LaneType.PAIN_POINTS,
                LaneType.OPPORTUNITIES, LaneType.METRICS);
        List<Lane> lanes = new ArrayList<>();
        for (LaneType t : types) {
            lanes.add(new Lane("lane-" + t.name().toLowerCase(), t, t.name(), false));
        }
        List<Card> cards = new ArrayList<>();
        int perCell = Math.max(1, cardCount / (lanes.size() * steps.size()));
        outer:
        for (Lane lane : lanes) {
            for (Step step : steps) {
                for (int k = 0; k < perCell; k++) {
                    if (cards.size() == cardCount) {
                        break outer;
                    }
                    CardDetails details = CardDetails.empty().with(CardField.TEXT, "Card " + cards.size());
                    if (lane.type() == LaneType.PAIN_POINTS) {
                        details = details.with(CardField.SEVERITY, Severity.HIGH);
                    }
                    cards.add(new Card("card-" + cards.size(), lane.id(), step.id(), details));
                }
            }
        }
        List<EmotionScore> emotions = steps.stream().map(s -> new EmotionScore(s.id(), null, 1)).toList();
        return new JourneyMap(0, header(pageId, macroKey), stages, lanes, cards, emotions, List.of(), List.of());
    }
}
