package io.journeymaps.map.operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.journeymaps.common.InvalidInputException;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.operation.MapOperation.AddCard;
import io.journeymaps.map.operation.MapOperation.AddStep;
import io.journeymaps.map.operation.MapOperation.DeleteCard;
import io.journeymaps.map.operation.MapOperation.DeleteLane;
import io.journeymaps.map.operation.MapOperation.DeleteStage;
import io.journeymaps.map.operation.MapOperation.DeleteStep;
import io.journeymaps.map.operation.MapOperation.DetachPersona;
import io.journeymaps.map.operation.MapOperation.MoveCard;
import io.journeymaps.map.operation.MapOperation.MoveLane;
import io.journeymaps.map.operation.MapOperation.MoveStage;
import io.journeymaps.map.operation.MapOperation.MoveStep;
import io.journeymaps.map.operation.MapOperation.RenameLane;
import io.journeymaps.map.operation.MapOperation.RenameStage;
import io.journeymaps.map.operation.MapOperation.RenameStep;
import io.journeymaps.map.operation.MapOperation.SetEmotion;
import io.journeymaps.map.operation.MapOperation.SetLaneHidden;
import io.journeymaps.map.operation.MapOperation.SetStageHidden;
import io.journeymaps.map.operation.MapOperation.SetStepHidden;
import io.journeymaps.map.operation.MapOperation.UpdateCard;

/**
 * Applies a batch that was made against an older version of the map (its base) on top of the map
 * as it is now, so that two people editing at once both keep their work.
 *
 * <p>"Theirs" are the targets changed by the batches stored after the base ({@link Target}); the
 * batch is applied to the current map operation by operation, and an operation <b>conflicts</b> when:
 * <ol>
 *   <li>it edits, moves, deletes into or adds into an element they <b>deleted</b> (a card, step, stage,
 *       lane, or a persona they detached) — reported as {@link Conflict.Kind#DELETED};</li>
 *   <li>it changes a target they changed too (the same field of the same element, the same element's
 *       position, the same emotion score) <b>to a different value</b> than the one stored now; setting
 *       what is already there is not a conflict;</li>
 *   <li>it deletes an element (or removes it with its stage, step or lane) that they added, edited or
 *       moved — deleting would silently lose their change.</li>
 * </ol>
 * Everything else merges: edits of different cards, different fields of one card, cards added to the
 * same cell, renames of different elements, moves of different elements. Deleting something they
 * already deleted is done already and is skipped. Positions of a rebased batch that fall beyond the
 * ends (because they removed elements) are pulled to the nearest end.
 *
 * <p>One conflict makes the whole batch conflicted: nothing is stored, and the user sees every
 * conflict with both values. Validation errors of operations are thrown as {@link InvalidInputException},
 * unless conflicts were already found (an error can be a consequence of a conflicting operation).
 */
public final class BatchMerger {
    private final OperationApplier applier = new OperationApplier();

    /**
     * @param current      the map as stored now
     * @param ops          the batch
     * @param changedSince targets changed by batches after the base version (empty when the base is current)
     * @param rebased      whether the base is older than {@code current}
     */
    public MergeOutcome merge(JourneyMap current, List<MapOperation> ops, Set<String> changedSince, boolean rebased) {
        Set<Target> theirs = parse(changedSince);
        JourneyMap map = current;
        Set<String> changed = new LinkedHashSet<>();
        List<MapOperation> applied = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            MapOperation op = ops.get(i);
            Target missing = deletedByThem(map, op, theirs);
            if (missing != null) {
                if (!isSubjectOfDelete(op, missing)) {
                    conflicts.addAll(deletedConflicts(i, op, missing));
                }
                continue;
            }
            OperationResult result;
            try {
                result = applier.apply(map, op, i, rebased);
            } catch (InvalidInputException e) {
                if (!conflicts.isEmpty()) {
                    break;
                }
                throw e;
            }
            List<Conflict> found = changedConflicts(i, map, result, theirs);
            if (!found.isEmpty()) {
                conflicts.addAll(found);
                continue;
            }
            map = result.map();
            result.changed().forEach(t -> changed.add(t.toString()));
            applied.add(op);
        }
        if (!conflicts.isEmpty()) {
            return new MergeOutcome(current, Set.of(), List.of(), conflicts);
        }
        return new MergeOutcome(map, changed, applied, List.of());
    }

    /** Rules 2 and 3: same target changed by both, or an element they touched that this operation removes. */
    private static List<Conflict> changedConflicts(int index, JourneyMap before, OperationResult result, Set<Target> theirs) {
        List<Conflict> found = new ArrayList<>();
        if (theirs.isEmpty()) {
            return found;
        }
        Set<Target> reported = new HashSet<>();
        for (Target t : result.changed()) {
            if (theirs.contains(t)) {
                Object was = TargetValues.valueOf(before, t);
                Object now = TargetValues.valueOf(result.map(), t);
                if (!Objects.equals(was, now) && reported.add(t)) {
                    found.add(conflict(index, before, t, was, now, Conflict.Kind.CHANGED));
                }
            }
            boolean removed = t.isExistence() && TargetValues.elementExists(before, t)
                    && !TargetValues.elementExists(result.map(), t);
            if (removed) {
                for (Target their : theirs) {
                    if (!their.isExistence() && their.element().equals(t) && reported.add(their)) {
                        found.add(conflict(index, before, their, TargetValues.valueOf(before, their), null,
                                Conflict.Kind.CHANGED));
                    }
                }
            }
        }
        return found;
    }

    /** Rule 1: the first element the operation needs that they deleted, or null. */
    private static Target deletedByThem(JourneyMap map, MapOperation op, Set<Target> theirs) {
        for (Target ref : references(op)) {
            if (!TargetValues.elementExists(map, ref) && theirs.contains(ref)) {
                return ref;
            }
        }
        return null;
    }

    private static boolean isSubjectOfDelete(MapOperation op, Target missing) {
        boolean delete = op instanceof DeleteStage || op instanceof DeleteStep || op instanceof DeleteLane
                || op instanceof DeleteCard || op instanceof DetachPersona;
        return delete && references(op).get(0).equals(missing);
    }

    private static List<Conflict> deletedConflicts(int index, MapOperation op, Target missing) {
        List<Conflict> found = new ArrayList<>();
        if (op instanceof UpdateCard u && missing.type().equals(Target.CARD)) {
            u.fields().forEach((f, v) -> found.add(new Conflict(index, Target.CARD, missing.id(), f.wireName(), null,
                    TargetValues.plain(v), Conflict.Kind.DELETED)));
            return found;
        }
        found.add(new Conflict(index, missing.type(), missing.id(), fieldOf(op), null, yoursOf(op), Conflict.Kind.DELETED));
        return found;
    }

    private static Conflict conflict(int index, JourneyMap map, Target t, Object theirs, Object yours, Conflict.Kind kind) {
        return switch (t.type()) {
            case Target.MAP -> new Conflict(index, Target.MAP, Long.toString(map.id()), t.field(), theirs, yours, kind);
            case Target.EMOTION -> new Conflict(index, Target.EMOTION, t.id(), "score", theirs, yours, kind);
            default -> new Conflict(index, t.type(), t.id(), t.field(), theirs, yours, kind);
        };
    }

    /** The elements an operation needs, the one it acts on first. */
    static List<Target> references(MapOperation op) {
        List<Target> refs = new ArrayList<>();
        if (op instanceof RenameStage o) {
            refs.add(Target.exists(Target.STAGE, o.stageId()));
        } else if (op instanceof MoveStage o) {
            refs.add(Target.exists(Target.STAGE, o.stageId()));
        } else if (op instanceof DeleteStage o) {
            refs.add(Target.exists(Target.STAGE, o.stageId()));
        } else if (op instanceof SetStageHidden o) {
            refs.add(Target.exists(Target.STAGE, o.stageId()));
        } else if (op instanceof AddStep o) {
            refs.add(Target.exists(Target.STAGE, o.stageId()));
        } else if (op instanceof RenameStep o) {
            refs.add(Target.exists(Target.STEP, o.stepId()));
        } else if (op instanceof MoveStep o) {
            refs.add(Target.exists(Target.STEP, o.stepId()));
            refs.add(Target.exists(Target.STAGE, o.stageId()));
        } else if (op instanceof DeleteStep o) {
            refs.add(Target.exists(Target.STEP, o.stepId()));
        } else if (op instanceof SetStepHidden o) {
            refs.add(Target.exists(Target.STEP, o.stepId()));
        } else if (op instanceof RenameLane o) {
            refs.add(Target.exists(Target.LANE, o.laneId()));
        } else if (op instanceof MoveLane o) {
            refs.add(Target.exists(Target.LANE, o.laneId()));
        } else if (op instanceof DeleteLane o) {
            refs.add(Target.exists(Target.LANE, o.laneId()));
        } else if (op instanceof SetLaneHidden o) {
            refs.add(Target.exists(Target.LANE, o.laneId()));
        } else if (op instanceof AddCard o) {
            refs.add(Target.exists(Target.LANE, o.laneId()));
            refs.add(Target.exists(Target.STEP, o.stepId()));
        } else if (op instanceof UpdateCard o) {
            refs.add(Target.exists(Target.CARD, o.cardId()));
        } else if (op instanceof MoveCard o) {
            refs.add(Target.exists(Target.CARD, o.cardId()));
            refs.add(Target.exists(Target.LANE, o.laneId()));
            refs.add(Target.exists(Target.STEP, o.stepId()));
        } else if (op instanceof DeleteCard o) {
            refs.add(Target.exists(Target.CARD, o.cardId()));
        } else if (op instanceof SetEmotion o) {
            refs.add(Target.exists(Target.STEP, o.stepId()));
            if (o.personaId() != null) {
                refs.add(Target.persona(o.personaId()));
            }
        } else if (op instanceof DetachPersona o) {
            refs.add(Target.persona(o.personaId()));
        }
        refs.removeIf(t -> t.id() == null);
        return refs;
    }

    private static String fieldOf(MapOperation op) {
        if (op instanceof RenameStage || op instanceof RenameStep || op instanceof RenameLane) {
            return "name";
        }
        if (op instanceof SetStageHidden || op instanceof SetStepHidden || op instanceof SetLaneHidden) {
            return "hidden";
        }
        if (op instanceof MoveStage || op instanceof MoveStep || op instanceof MoveLane) {
            return Target.ORDER;
        }
        if (op instanceof MoveCard) {
            return Target.POSITION;
        }
        if (op instanceof SetEmotion) {
            return "score";
        }
        return null;
    }

    private static Object yoursOf(MapOperation op) {
        if (op instanceof RenameStage o) {
            return o.name();
        } else if (op instanceof RenameStep o) {
            return o.name();
        } else if (op instanceof RenameLane o) {
            return o.name();
        } else if (op instanceof SetStageHidden o) {
            return o.hidden();
        } else if (op instanceof SetStepHidden o) {
            return o.hidden();
        } else if (op instanceof SetLaneHidden o) {
            return o.hidden();
        } else if (op instanceof MoveStage o) {
            return o.index();
        } else if (op instanceof MoveLane o) {
            return o.index();
        } else if (op instanceof MoveStep o) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("stageId", o.stageId());
            m.put("index", o.index());
            return m;
        } else if (op instanceof MoveCard o) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("laneId", o.laneId());
            m.put("stepId", o.stepId());
            m.put("index", o.index());
            return m;
        } else if (op instanceof SetEmotion o) {
            return o.score();
        } else if (op instanceof AddStep o) {
            return o.name();
        } else if (op instanceof AddCard o) {
            Map<String, Object> m = new LinkedHashMap<>();
            o.fields().forEach((f, v) -> m.put(f.wireName(), TargetValues.plain(v)));
            return m;
        }
        return null;
    }

    private static Set<Target> parse(Set<String> targets) {
        Set<Target> parsed = new HashSet<>();
        for (String s : targets) {
            try {
                parsed.add(Target.parse(s));
            } catch (IllegalArgumentException e) {
                // a target this version does not know cannot conflict with anything it does
            }
        }
        return parsed;
    }
}
