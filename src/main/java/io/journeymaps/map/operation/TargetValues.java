package io.journeymaps.map.operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;

/**
 * Reads the value a target has in a map, as plain JSON-ready values (String, Number, Boolean,
 * Map, or null when the element or field is absent). Enums are given by name. Conflict reports show
 * these values as "theirs" and "yours"; equal values mean there is nothing to conflict about.
 */
public final class TargetValues {
    private TargetValues() {
    }

    public static Object valueOf(JourneyMap map, Target t) {
        return switch (t.type()) {
            case Target.MAP -> mapField(map.header(), t.field());
            case Target.STAGE -> stage(map, t);
            case Target.STEP -> step(map, t);
            case Target.LANE -> lane(map, t);
            case Target.CARD -> card(map, t);
            case Target.EMOTION -> emotion(map, t.id());
            case Target.PERSONA -> map.personaIds().contains(Long.valueOf(t.id())) ? Boolean.TRUE : null;
            default -> null;
        };
    }

    /** Whether the element a target names exists in the map (always true for map fields and scores). */
    public static boolean elementExists(JourneyMap map, Target t) {
        return switch (t.type()) {
            case Target.STAGE -> map.stage(t.id()).isPresent();
            case Target.STEP -> map.step(t.id()).isPresent();
            case Target.LANE -> map.lane(t.id()).isPresent();
            case Target.CARD -> map.card(t.id()).isPresent();
            case Target.PERSONA -> map.personaIds().contains(Long.valueOf(t.id()));
            default -> true;
        };
    }

    static Object mapField(MapHeader h, String wireName) {
        MapField f = MapField.byWireName(wireName).orElse(null);
        if (f == null) {
            return null;
        }
        return plain(switch (f) {
            case TITLE -> h.title();
            case GOAL -> h.goal();
            case JOURNEY_TYPE -> h.journeyType();
            case STATE -> h.state();
            case SALES_CYCLE -> h.salesCycle();
            case DIRECTION -> h.direction();
            case OWNER -> h.owner();
        });
    }

    private static Object stage(JourneyMap map, Target t) {
        List<Stage> stages = map.stages();
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            if (s.id().equals(t.id())) {
                if (t.field() == null) {
                    return Boolean.TRUE;
                }
                return switch (t.field()) {
                    case "name" -> s.name();
                    case "hidden" -> s.hidden();
                    case Target.ORDER -> i;
                    default -> null;
                };
            }
        }
        return null;
    }

    private static Object step(JourneyMap map, Target t) {
        for (Stage s : map.stages()) {
            List<Step> steps = s.steps();
            for (int i = 0; i < steps.size(); i++) {
                Step st = steps.get(i);
                if (st.id().equals(t.id())) {
                    if (t.field() == null) {
                        return Boolean.TRUE;
                    }
                    return switch (t.field()) {
                        case "name" -> st.name();
                        case "hidden" -> st.hidden();
                        case Target.ORDER -> position("stageId", s.id(), null, null, i);
                        default -> null;
                    };
                }
            }
        }
        return null;
    }

    private static Object lane(JourneyMap map, Target t) {
        for (int i = 0; i < map.lanes().size(); i++) {
            var l = map.lanes().get(i);
            if (l.id().equals(t.id())) {
                if (t.field() == null) {
                    return Boolean.TRUE;
                }
                return switch (t.field()) {
                    case "name" -> l.name();
                    case "hidden" -> l.hidden();
                    case Target.ORDER -> i;
                    default -> null;
                };
            }
        }
        return null;
    }

    private static Object card(JourneyMap map, Target t) {
        Card c = map.card(t.id()).orElse(null);
        if (c == null) {
            return null;
        }
        if (t.field() == null) {
            return Boolean.TRUE;
        }
        if (Target.POSITION.equals(t.field())) {
            int index = map.cardsIn(c.laneId(), c.stepId()).indexOf(c);
            return position("laneId", c.laneId(), "stepId", c.stepId(), index);
        }
        return CardField.byWireName(t.field()).map(f -> plain(c.details().get(f))).orElse(null);
    }

    private static Object emotion(JourneyMap map, String id) {
        int colon = id.indexOf(':');
        String stepId = id.substring(0, colon);
        String persona = id.substring(colon + 1);
        Long personaId = Target.NO_PERSONA.equals(persona) ? null : Long.valueOf(persona);
        for (EmotionScore e : map.emotions()) {
            if (e.stepId().equals(stepId) && java.util.Objects.equals(e.personaId(), personaId)) {
                return e.score();
            }
        }
        return null;
    }

    private static Map<String, Object> position(String k1, String v1, String k2, String v2, int index) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        if (k2 != null) {
            m.put(k2, v2);
        }
        m.put("index", index);
        return m;
    }

    /** Enums by name; everything else unchanged. */
    public static Object plain(Object v) {
        return v instanceof Enum<?> e ? e.name() : v;
    }
}
