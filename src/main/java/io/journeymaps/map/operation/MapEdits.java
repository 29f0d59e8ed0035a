package io.journeymaps.map.operation;

import static io.journeymaps.map.operation.Checks.fail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.journeymaps.map.model.Direction;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.JourneyType;
import io.journeymaps.map.model.Limits;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.model.MapState;
import io.journeymaps.map.model.SalesCycle;
import io.journeymaps.map.model.Step;
import io.journeymaps.map.operation.MapOperation.AttachPersona;
import io.journeymaps.map.operation.MapOperation.DetachPersona;
import io.journeymaps.map.operation.MapOperation.SetEmotion;
import io.journeymaps.map.operation.MapOperation.SetMapFields;

/** The map's own fields, its emotion curve and its attached personas. */
final class MapEdits {
    private MapEdits() {
    }

    static OperationResult setEmotion(JourneyMap map, SetEmotion op, String path) {
        Step step = Checks.step(map, path + ".stepId", op.stepId());
        if (op.personaId() != null && !map.personaIds().contains(op.personaId())) {
            throw fail(path + ".personaId", "is not a persona attached to this map");
        }
        if (op.score() != null && (op.score() < EmotionScore.MIN || op.score() > EmotionScore.MAX)) {
            throw fail(path + ".score", "must be between " + EmotionScore.MIN + " and " + EmotionScore.MAX);
        }
        List<EmotionScore> scores = new ArrayList<>();
        boolean replaced = false;
        for (EmotionScore e : map.emotions()) {
            if (e.stepId().equals(step.id()) && Objects.equals(e.personaId(), op.personaId())) {
                if (op.score() != null) {
                    scores.add(new EmotionScore(step.id(), op.personaId(), op.score()));
                }
                replaced = true;
            } else {
                scores.add(e);
            }
        }
        if (!replaced && op.score() != null) {
            scores.add(new EmotionScore(step.id(), op.personaId(), op.score()));
        }
        return new OperationResult(map.withEmotions(scores), Set.of(Target.emotion(step.id(), op.personaId())));
    }

    static OperationResult attachPersona(JourneyMap map, AttachPersona op, String path) {
        if (op.personaId() <= 0) {
            throw fail(path + ".personaId", "must be a persona id");
        }
        if (map.personaIds().contains(op.personaId())) {
            return new OperationResult(map, Set.of());
        }
        List<Long> ids = new ArrayList<>(map.personaIds());
        ids.add(op.personaId());
        return new OperationResult(map.withPersonaIds(ids), Set.of(Target.persona(op.personaId())));
    }

    static OperationResult detachPersona(JourneyMap map, DetachPersona op, String path) {
        if (!map.personaIds().contains(op.personaId())) {
            throw fail(path + ".personaId", "is not a persona attached to this map");
        }
        Set<Target> changed = new LinkedHashSet<>();
        changed.add(Target.persona(op.personaId()));
        List<Long> ids = new ArrayList<>(map.personaIds());
        ids.remove(Long.valueOf(op.personaId()));
        JourneyMap after = StructureEdits.removeCardsAndScores(map.withPersonaIds(ids), c -> false,
                e -> Objects.equals(e.personaId(), op.personaId()), changed);
        return new OperationResult(after, changed);
    }

    static OperationResult setMapFields(JourneyMap map, SetMapFields op, String path) {
        if (op.fields().isEmpty()) {
            throw fail(path + ".fields", "must name at least one field");
        }
        MapHeader h = map.header();
        String title = h.title();
        String goal = h.goal();
        JourneyType journeyType = h.journeyType();
        MapState state = h.state();
        SalesCycle salesCycle = h.salesCycle();
        Direction direction = h.direction();
        String owner = h.owner();
        Set<Target> changed = new LinkedHashSet<>();
        for (var entry : op.fields().entrySet()) {
            MapField f = entry.getKey();
            Object v = entry.getValue();
            String fieldPath = path + ".fields." + f.wireName();
            if (v == null && !f.clearable()) {
                throw fail(fieldPath, "must not be null");
            }
            switch (f) {
                case TITLE -> title = Checks.name(fieldPath, string(fieldPath, v));
                case GOAL -> goal = v == null ? null : optionalText(fieldPath, string(fieldPath, v), Limits.CARD_TEXT);
                case OWNER -> owner = v == null ? null : optionalText(fieldPath, string(fieldPath, v), Limits.NAME);
                case JOURNEY_TYPE -> journeyType = enumValue(fieldPath, v, JourneyType.class);
                case STATE -> state = enumValue(fieldPath, v, MapState.class);
                case SALES_CYCLE -> salesCycle = v == null ? null : enumValue(fieldPath, v, SalesCycle.class);
                case DIRECTION -> direction = enumValue(fieldPath, v, Direction.class);
                default -> throw new IllegalStateException(f.name());
            }
            changed.add(Target.mapField(f));
        }
        MapHeader updated = new MapHeader(h.pageId(), h.spaceKey(), h.macroKey(), title, goal, journeyType, state,
                h.derivedFromMapId(), salesCycle, owner, direction, h.language(), h.templateId(), h.version(),
                h.created(), h.updated());
        return new OperationResult(map.withHeader(updated), changed);
    }

    private static String string(String path, Object v) {
        if (!(v instanceof String s)) {
            throw fail(path, "must be a string");
        }
        return s;
    }

    /** Trimmed text; blank text clears the field. */
    private static String optionalText(String path, String v, int max) {
        String trimmed = v.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw fail(path, "must have at most " + max + " characters");
        }
        return trimmed;
    }

    private static <E extends Enum<E>> E enumValue(String path, Object v, Class<E> type) {
        if (!type.isInstance(v)) {
            throw fail(path, "must be one of " + CardFieldRules.enumNames(type));
        }
        return type.cast(v);
    }
}
