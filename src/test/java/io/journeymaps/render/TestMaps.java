package io.journeymaps.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
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
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;
import io.journeymaps.persona.model.Persona;

/** Maps built by hand for renderer tests. */
final class TestMaps {
    private TestMaps() {
    }

    static MapHeader header(String title, Direction direction) {
        return new MapHeader(10L, "DOCS", "mk", title, "goal", JourneyType.NEW_CUSTOMER, MapState.CURRENT, null,
                SalesCycle.UNKNOWN, "admin", direction, direction == Direction.RTL ? "ar" : "en", null, 7L,
                Instant.EPOCH, Instant.EPOCH);
    }

    static Card card(String id, String lane, String step, Map<CardField, Object> fields) {
        return new Card(id, lane, step, CardDetails.of(fields));
    }

    static Map<CardField, Object> fields(Object... pairs) {
        Map<CardField, Object> m = new EnumMap<>(CardField.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((CardField) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static Persona persona(long id, String name, String colour) {
        return new Persona(id, "DOCS", name, colour, null, 30, "Buyer", null, null, null, null, null, null, null,
                null, null);
    }

    /** One stage with two steps, one lane of every type, and the given cards. */
    static JourneyMap simple(String title, Direction direction, List<Card> cards) {
        List<Lane> lanes = new ArrayList<>();
        for (LaneType t : LaneType.values()) {
            lanes.add(new Lane("lane-" + t.name().toLowerCase(), t, t.name() + " lane", false));
        }
        Stage stage = new Stage("stage-1", "Awareness", false,
                List.of(new Step("step-1", "Notices", false), new Step("step-2", "Searches", false)));
        return new JourneyMap(5L, header(title, direction), List.of(stage), lanes, cards,
                List.of(new EmotionScore("step-1", null, 1), new EmotionScore("step-2", null, -2)), List.of(),
                List.<JiraLink>of());
    }

    static RenderRequest request(JourneyMap map, RenderMode mode) {
        return new RenderRequest(map, List.of(), mode, "en", true, "/confluence/rest/journey-maps/1.0");
    }
}
