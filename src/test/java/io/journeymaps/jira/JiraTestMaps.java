package io.journeymaps.jira;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.Direction;
import io.journeymaps.map.model.Frequency;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.JourneyType;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.model.MapState;
import io.journeymaps.map.model.Severity;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;

/** A small map for the Jira tests: two stages, pain points, an opportunity and an action card. */
public final class JiraTestMaps {
    private JiraTestMaps() {
    }

    public static JourneyMap small(long pageId) {
        List<Stage> stages = List.of(
                new Stage("st1", "Discover", false, List.of(new Step("s1", "Search", false), new Step("s2", "Compare", false))),
                new Stage("st2", "Buy", false, List.of(new Step("s3", "Checkout", false))));
        List<Lane> lanes = List.of(new Lane("pain", LaneType.PAIN_POINTS, "Pain points", false),
                new Lane("opp", LaneType.OPPORTUNITIES, "Opportunities", false),
                new Lane("act", LaneType.ACTIONS, "Actions", false));
        List<Card> cards = List.of(
                new Card("p1", "pain", "s1", CardDetails.of(Map.of(CardField.TEXT, "Search finds nothing\nwith typos",
                        CardField.SEVERITY, Severity.HIGH, CardField.FREQUENCY, Frequency.OFTEN))),
                new Card("p2", "pain", "s3", CardDetails.of(Map.of(CardField.TEXT, "Checkout fails on mobile"))),
                new Card("o1", "opp", "s2", CardDetails.of(Map.of(CardField.TEXT, "Compare side by side",
                        CardField.FEASIBLE, 4, CardField.VIABLE, 3, CardField.DESIRABLE, 5))),
                new Card("a1", "act", "s1", CardDetails.of(Map.of(CardField.TEXT, "Types a query"))));
        return new JourneyMap(0, header(pageId), stages, lanes, cards, List.of(), List.of(), List.of());
    }

    /** A map with {@code n} pain points, one per step of one stage. */
    public static JourneyMap manyPainPoints(long pageId, int n) {
        List<Step> steps = new ArrayList<>();
        List<Card> cards = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            steps.add(new Step("s" + i, "Step " + i, false));
            cards.add(new Card("c" + i, "pain", "s" + i, CardDetails.of(Map.of(CardField.TEXT, "Pain " + i))));
        }
        return new JourneyMap(0, header(pageId), List.of(new Stage("st1", "All", false, steps)),
                List.of(new Lane("pain", LaneType.PAIN_POINTS, "Pain points", false)), cards, List.of(), List.of(), List.of());
    }

    static MapHeader header(long pageId) {
        return new MapHeader(pageId, "DEMO", "k" + pageId, "Online shop", null, JourneyType.NEW_CUSTOMER,
                MapState.CURRENT, null, null, null, Direction.LTR, "en", "tpl", 0, null, null);
    }
}
