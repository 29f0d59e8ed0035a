package io.journeymaps.map.operation;

import static io.journeymaps.map.operation.Checks.fail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.Limits;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;
import io.journeymaps.map.operation.MapOperation.AddLane;
import io.journeymaps.map.operation.MapOperation.AddStage;
import io.journeymaps.map.operation.MapOperation.AddStep;
import io.journeymaps.map.operation.MapOperation.DeleteLane;
import io.journeymaps.map.operation.MapOperation.DeleteStage;
import io.journeymaps.map.operation.MapOperation.DeleteStep;
import io.journeymaps.map.operation.MapOperation.MoveLane;
import io.journeymaps.map.operation.MapOperation.MoveStage;
import io.journeymaps.map.operation.MapOperation.MoveStep;
import io.journeymaps.map.operation.MapOperation.RenameLane;
import io.journeymaps.map.operation.MapOperation.RenameStage;
import io.journeymaps.map.operation.MapOperation.RenameStep;
import io.journeymaps.map.operation.MapOperation.SetLaneHidden;
import io.journeymaps.map.operation.MapOperation.SetStageHidden;
import io.journeymaps.map.operation.MapOperation.SetStepHidden;

/** Stages, steps and lanes: the grid's columns and rows. */
final class StructureEdits {
    private StructureEdits() {
    }

    static OperationResult addStage(JourneyMap map, AddStage op, String path, boolean clamp) {
        String stageId = Checks.newId(map, path + ".stageId", op.stageId());
        String name = Checks.name(path + ".name", op.name());
        if (op.step() == null) {
            throw fail(path + ".step", "is required: a stage has at least one step");
        }
        String stepId = Checks.newId(map, path + ".step.id", op.step().id());
        if (stepId.equals(stageId)) {
            throw fail(path + ".step.id", "is already used in this map");
        }
        String stepName = Checks.name(path + ".step.name", op.step().name());
        checkStepLimit(map, path);
        int index = Checks.index(path + ".index", op.index(), map.stages().size(), clamp);
        List<Stage> stages = new ArrayList<>(map.stages());
        stages.add(index, new Stage(stageId, name, false, List.of(new Step(stepId, stepName, false))));
        return new OperationResult(map.withStages(stages),
                Set.of(Target.exists(Target.STAGE, stageId), Target.exists(Target.STEP, stepId)));
    }

    static OperationResult renameStage(JourneyMap map, RenameStage op, String path) {
        Stage stage = Checks.stage(map, path + ".stageId", op.stageId());
        String name = Checks.name(path + ".name", op.name());
        return new OperationResult(replaceStage(map, stage.withName(name)),
                Set.of(Target.field(Target.STAGE, stage.id(), "name")));
    }

    static OperationResult setStageHidden(JourneyMap map, SetStageHidden op, String path) {
        Stage stage = Checks.stage(map, path + ".stageId", op.stageId());
        return new OperationResult(replaceStage(map, stage.withHidden(op.hidden())),
                Set.of(Target.field(Target.STAGE, stage.id(), "hidden")));
    }

    static OperationResult moveStage(JourneyMap map, MoveStage op, String path, boolean clamp) {
        Stage stage = Checks.stage(map, path + ".stageId", op.stageId());
        List<Stage> stages = new ArrayList<>(map.stages());
        stages.remove(stage);
        int index = Checks.index(path + ".index", op.index(), stages.size(), clamp);
        stages.add(index, stage);
        return new OperationResult(map.withStages(stages), Set.of(Target.field(Target.STAGE, stage.id(), Target.ORDER)));
    }

    static OperationResult deleteStage(JourneyMap map, DeleteStage op, String path) {
        Stage stage = Checks.stage(map, path + ".stageId", op.stageId());
        if (map.stages().size() == 1) {
            throw fail(path + ".stageId", "is the only stage: a map keeps at least one stage");
        }
        Set<Target> changed = new LinkedHashSet<>();
        changed.add(Target.exists(Target.STAGE, stage.id()));
        Set<String> stepIds = new LinkedHashSet<>();
        for (Step s : stage.steps()) {
            stepIds.add(s.id());
            changed.add(Target.exists(Target.STEP, s.id()));
        }
        List<Stage> stages = new ArrayList<>(map.stages());
        stages.remove(stage);
        JourneyMap after = removeCardsAndScores(map.withStages(stages), c -> stepIds.contains(c.stepId()),
                e -> stepIds.contains(e.stepId()), changed);
        return new OperationResult(after, changed);
    }

    static OperationResult addStep(JourneyMap map, AddStep op, String path, boolean clamp) {
        Stage stage = Checks.stage(map, path + ".stageId", op.stageId());
        String stepId = Checks.newId(map, path + ".stepId", op.stepId());
        String name = Checks.name(path + ".name", op.name());
        checkStepLimit(map, path);
        int index = Checks.index(path + ".index", op.index(), stage.steps().size(), clamp);
        List<Step> steps = new ArrayList<>(stage.steps());
        steps.add(index, new Step(stepId, name, false));
        return new OperationResult(replaceStage(map, stage.withSteps(steps)), Set.of(Target.exists(Target.STEP, stepId)));
    }

    static OperationResult renameStep(JourneyMap map, RenameStep op, String path) {
        Step step = Checks.step(map, path + ".stepId", op.stepId());
        String name = Checks.name(path + ".name", op.name());
        return new OperationResult(replaceStep(map, step.withName(name)), Set.of(Target.field(Target.STEP, step.id(), "name")));
    }

    static OperationResult setStepHidden(JourneyMap map, SetStepHidden op, String path) {
        Step step = Checks.step(map, path + ".stepId", op.stepId());
        return new OperationResult(replaceStep(map, step.withHidden(op.hidden())),
                Set.of(Target.field(Target.STEP, step.id(), "hidden")));
    }

    static OperationResult moveStep(JourneyMap map, MoveStep op, String path, boolean clamp) {
        Step step = Checks.step(map, path + ".stepId", op.stepId());
        Stage from = map.stageOfStep(step.id()).orElseThrow();
        Stage to = Checks.stage(map, path + ".stageId", op.stageId());
        if (!from.id().equals(to.id()) && from.steps().size() == 1) {
            throw fail(path + ".stepId", "is the only step of its stage: a stage keeps at least one step");
        }
        List<Step> fromSteps = new ArrayList<>(from.steps());
        fromSteps.remove(step);
        JourneyMap without = replaceStage(map, from.withSteps(fromSteps));
        Stage target = without.stage(to.id()).orElseThrow();
        List<Step> toSteps = new ArrayList<>(target.steps());
        int index = Checks.index(path + ".index", op.index(), toSteps.size(), clamp);
        toSteps.add(index, step);
        return new OperationResult(replaceStage(without, target.withSteps(toSteps)),
                Set.of(Target.field(Target.STEP, step.id(), Target.ORDER)));
    }

    static OperationResult deleteStep(JourneyMap map, DeleteStep op, String path) {
        Step step = Checks.step(map, path + ".stepId", op.stepId());
        Stage stage = map.stageOfStep(step.id()).orElseThrow();
        if (stage.steps().size() == 1) {
            throw fail(path + ".stepId", "is the only step of its stage: a stage keeps at least one step");
        }
        List<Step> steps = new ArrayList<>(stage.steps());
        steps.remove(step);
        Set<Target> changed = new LinkedHashSet<>();
        changed.add(Target.exists(Target.STEP, step.id()));
        JourneyMap after = removeCardsAndScores(replaceStage(map, stage.withSteps(steps)),
                c -> c.stepId().equals(step.id()), e -> e.stepId().equals(step.id()), changed);
        return new OperationResult(after, changed);
    }

    static OperationResult addLane(JourneyMap map, AddLane op, String path, boolean clamp) {
        String laneId = Checks.newId(map, path + ".laneId", op.laneId());
        if (op.laneType() == null) {
            throw fail(path + ".laneType", "is required");
        }
        String name = Checks.name(path + ".name", op.name());
        if (map.lanes().size() >= Limits.LANES_PER_MAP) {
            throw fail(path, "a map has at most " + Limits.LANES_PER_MAP + " lanes");
        }
        int index = Checks.index(path + ".index", op.index(), map.lanes().size(), clamp);
        List<Lane> lanes = new ArrayList<>(map.lanes());
        lanes.add(index, new Lane(laneId, op.laneType(), name, false));
        return new OperationResult(map.withLanes(lanes), Set.of(Target.exists(Target.LANE, laneId)));
    }

    static OperationResult renameLane(JourneyMap map, RenameLane op, String path) {
        Lane lane = Checks.lane(map, path + ".laneId", op.laneId());
        String name = Checks.name(path + ".name", op.name());
        return new OperationResult(replaceLane(map, lane.withName(name)), Set.of(Target.field(Target.LANE, lane.id(), "name")));
    }

    static OperationResult setLaneHidden(JourneyMap map, SetLaneHidden op, String path) {
        Lane lane = Checks.lane(map, path + ".laneId", op.laneId());
        return new OperationResult(replaceLane(map, lane.withHidden(op.hidden())),
                Set.of(Target.field(Target.LANE, lane.id(), "hidden")));
    }

    static OperationResult moveLane(JourneyMap map, MoveLane op, String path, boolean clamp) {
        Lane lane = Checks.lane(map, path + ".laneId", op.laneId());
        List<Lane> lanes = new ArrayList<>(map.lanes());
        lanes.remove(lane);
        int index = Checks.index(path + ".index", op.index(), lanes.size(), clamp);
        lanes.add(index, lane);
        return new OperationResult(map.withLanes(lanes), Set.of(Target.field(Target.LANE, lane.id(), Target.ORDER)));
    }

    static OperationResult deleteLane(JourneyMap map, DeleteLane op, String path) {
        Lane lane = Checks.lane(map, path + ".laneId", op.laneId());
        List<Lane> lanes = new ArrayList<>(map.lanes());
        lanes.remove(lane);
        Set<Target> changed = new LinkedHashSet<>();
        changed.add(Target.exists(Target.LANE, lane.id()));
        JourneyMap after = removeCardsAndScores(map.withLanes(lanes), c -> c.laneId().equals(lane.id()), e -> false, changed);
        return new OperationResult(after, changed);
    }

    /** Removes matching cards (with their Jira links) and scores, recording each as changed. */
    static JourneyMap removeCardsAndScores(JourneyMap map, Predicate<Card> cardGoes, Predicate<EmotionScore> scoreGoes,
                                           Set<Target> changed) {
        Set<String> goneCards = new LinkedHashSet<>();
        List<Card> cards = new ArrayList<>();
        for (Card c : map.cards()) {
            if (cardGoes.test(c)) {
                goneCards.add(c.id());
                changed.add(Target.exists(Target.CARD, c.id()));
            } else {
                cards.add(c);
            }
        }
        List<EmotionScore> scores = new ArrayList<>();
        for (EmotionScore e : map.emotions()) {
            if (scoreGoes.test(e)) {
                changed.add(Target.emotion(e.stepId(), e.personaId()));
            } else {
                scores.add(e);
            }
        }
        return map.withCards(cards).withEmotions(scores)
                .withJiraLinks(map.jiraLinks().stream().filter(l -> !goneCards.contains(l.cardId())).toList());
    }

    private static void checkStepLimit(JourneyMap map, String path) {
        if (map.steps().count() >= Limits.STEPS_PER_MAP) {
            throw fail(path, "a map has at most " + Limits.STEPS_PER_MAP + " steps");
        }
    }

    private static JourneyMap replaceStage(JourneyMap map, Stage stage) {
        return map.withStages(map.stages().stream().map(s -> s.id().equals(stage.id()) ? stage : s).toList());
    }

    private static JourneyMap replaceStep(JourneyMap map, Step step) {
        return map.withStages(map.stages().stream()
                .map(s -> s.withSteps(s.steps().stream().map(st -> st.id().equals(step.id()) ? step : st).toList()))
                .toList());
    }

    private static JourneyMap replaceLane(JourneyMap map, Lane lane) {
        return map.withLanes(map.lanes().stream().map(l -> l.id().equals(lane.id()) ? lane : l).toList());
    }
}
