package io.journeymaps.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.journeymaps.comment.model.Anchor;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.Direction;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;
import io.journeymaps.persona.model.Persona;

/**
 * Builds the template context from a render request: only visible stages, steps and lanes, cards
 * grouped by cell in one pass, every value a plain string, number, boolean, list or map.
 */
final class StaticViewModel {
    private StaticViewModel() {
    }

    static Map<String, Object> build(RenderRequest request) {
        JourneyMap map = request.map();
        MapHeader h = map.header();
        Labels labels = Labels.forLanguage(request.uiLanguage());
        RenderMode mode = request.mode() == null ? RenderMode.EXPORT : request.mode();
        List<Persona> personas = request.personas() == null ? List.of() : request.personas();
        boolean rtl = h.direction() == Direction.RTL;
        Map<Anchor, Integer> openThreads = request.openThreads();
        CardViews cardViews = new CardViews(labels);

        List<Map<String, Object>> stages = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (Stage stage : map.stages()) {
            if (stage.hidden()) {
                continue;
            }
            List<Step> visible = stage.steps().stream().filter(s -> !s.hidden()).toList();
            if (visible.isEmpty()) {
                continue;
            }
            stages.add(Map.of("name", stage.name(), "span", visible.size(),
                    "comments", cardViews.comments(count(openThreads, Anchor.Type.STAGE, stage.id()))));
            steps.addAll(visible);
        }
        List<Lane> lanes = map.lanes().stream().filter(l -> !l.hidden()).toList();

        Set<String> visibleSteps = new HashSet<>();
        steps.forEach(s -> visibleSteps.add(s.id()));
        Map<String, List<JiraLink>> linksByCard = new HashMap<>();
        for (JiraLink link : map.jiraLinks()) {
            linksByCard.computeIfAbsent(link.cardId(), k -> new ArrayList<>()).add(link);
        }
        Map<String, LaneType> laneTypes = new HashMap<>();
        lanes.forEach(l -> laneTypes.put(l.id(), l.type()));

        Map<String, List<Map<String, Object>>> cells = new HashMap<>();
        Set<String> momentSteps = new HashSet<>();
        for (Card card : map.cards()) {
            LaneType type = laneTypes.get(card.laneId());
            if (type == null || !type.holdsCards() || !visibleSteps.contains(card.stepId())) {
                continue;
            }
            if (card.details().momentThatMatters()) {
                momentSteps.add(card.stepId());
            }
            cells.computeIfAbsent(card.laneId() + '\u0000' + card.stepId(), k -> new ArrayList<>())
                    .add(cardViews.view(card, type, linksByCard.getOrDefault(card.id(), List.of()),
                            count(openThreads, Anchor.Type.CARD, card.id())));
        }

        List<Map<String, Object>> rows = new ArrayList<>();
        for (Lane lane : lanes) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", lane.name());
            String typeLabel = labels.get("lane", lane.type());
            // Template lanes are usually named after their type; say it once.
            row.put("typeLabel", typeLabel.equals(lane.name()) ? "" : typeLabel);
            row.put("cssClass", "jm-lane-" + CardViews.css(lane.type()));
            row.put("emotion", lane.type() == LaneType.EMOTION);
            List<List<Map<String, Object>>> rowCells = new ArrayList<>();
            for (Step step : steps) {
                rowCells.add(cells.getOrDefault(lane.id() + '\u0000' + step.id(), List.of()));
            }
            row.put("cells", rowCells);
            rows.add(row);
        }

        Map<String, Object> ctx = new HashMap<>();
        ctx.put("l", labels);
        ctx.put("s", InlineStyles.forMode(mode));
        ctx.put("display", mode == RenderMode.DISPLAY);
        ctx.put("email", mode == RenderMode.EMAIL);
        ctx.put("modeClass", "jm-mode-" + CardViews.css(mode));
        ctx.put("mapId", Long.toString(map.id()));
        ctx.put("mapVersion", Long.toString(map.version()));
        ctx.put("restBase", CardViews.nn(request.restBase()));
        ctx.put("canEdit", Boolean.toString(request.canEdit()));
        ctx.put("uiLanguage", labels.language());
        ctx.put("dir", rtl ? "rtl" : "ltr");
        ctx.put("title", CardViews.nn(h.title()));
        ctx.put("goal", CardViews.nn(h.goal()));
        ctx.put("stateLabel", h.state() == null ? "" : labels.get("view.state", h.state()));
        ctx.put("journeyTypeLabel", h.journeyType() == null ? "" : labels.get("view.journey-type", h.journeyType()));
        ctx.put("personas", personas.stream().map(p -> Map.of("name", CardViews.nn(p.name()),
                "jobTitle", CardViews.nn(p.jobTitle()))).toList());
        ctx.put("stages", stages);
        ctx.put("steps", steps.stream().map(s -> Map.of("name", s.name(),
                "comments", cardViews.comments(count(openThreads, Anchor.Type.STEP, s.id())))).toList());
        ctx.put("columns", steps.size());
        ctx.put("rows", rows);
        ctx.put("empty", steps.isEmpty() || lanes.isEmpty());
        ctx.put("laneWidth", InlineStyles.LANE_HEADER_WIDTH);
        ctx.put("columnWidth", InlineStyles.COLUMN_WIDTH);
        ctx.put("tableWidth", InlineStyles.LANE_HEADER_WIDTH + steps.size() * InlineStyles.COLUMN_WIDTH);
        ctx.put("emotionScores", emotionTexts(steps, map.emotions(), personas, labels));
        ctx.put("curve", EmotionCurve.build(steps, map.emotions(), personas, momentSteps, rtl, labels));
        return ctx;
    }

    private static int count(Map<Anchor, Integer> openThreads, Anchor.Type type, String id) {
        // Most maps have few comments: skip the key's allocation then.
        return openThreads.isEmpty() ? 0 : openThreads.getOrDefault(new Anchor(type, id), 0);
    }

    /** Per visible step, the scores as text ("Persona: +1"): the email view, which cannot show SVG. */
    private static List<List<String>> emotionTexts(List<Step> steps, List<EmotionScore> scores,
                                                   List<Persona> personas, Labels labels) {
        Map<Long, String> names = new HashMap<>();
        personas.forEach(p -> names.put(p.id(), p.name()));
        Map<String, List<String>> byStep = new HashMap<>();
        for (EmotionScore s : scores) {
            String who = s.personaId() == null ? labels.get("view.emotion.general") : names.get(s.personaId());
            if (who == null) {
                continue;
            }
            String value = s.score() > 0 ? "+" + s.score() : Integer.toString(s.score());
            byStep.computeIfAbsent(s.stepId(), k -> new ArrayList<>()).add(who + ": " + value);
        }
        return steps.stream().map(s -> byStep.getOrDefault(s.id(), List.of())).toList();
    }
}
