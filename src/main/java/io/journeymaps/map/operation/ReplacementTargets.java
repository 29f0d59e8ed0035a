package io.journeymaps.map.operation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;

/**
 * The targets ({@link Target}) that replacing a map's whole content changes (a restore, an import):
 * what a batch doing the same edits one by one would have recorded, so that editors whose batches
 * were based on the older version merge against it, and conflict, exactly as against any batch.
 * Order and position targets are recorded for every element whose index moved (a superset is safe).
 */
public final class ReplacementTargets {
    private ReplacementTargets() {
    }

    public static Set<String> between(JourneyMap before, JourneyMap after) {
        Set<Target> t = new LinkedHashSet<>();
        header(before.header(), after.header(), t);
        stages(before.stages(), after.stages(), t);
        steps(before, after, t);
        lanes(before.lanes(), after.lanes(), t);
        cards(before, after, t);
        emotions(before.emotions(), after.emotions(), t);
        personas(before.personaIds(), after.personaIds(), t);
        Set<String> out = new LinkedHashSet<>();
        t.forEach(x -> out.add(x.toString()));
        return out;
    }

    private static void header(MapHeader b, MapHeader a, Set<Target> t) {
        field(MapField.TITLE, b.title(), a.title(), t);
        field(MapField.GOAL, b.goal(), a.goal(), t);
        field(MapField.JOURNEY_TYPE, b.journeyType(), a.journeyType(), t);
        field(MapField.STATE, b.state(), a.state(), t);
        field(MapField.SALES_CYCLE, b.salesCycle(), a.salesCycle(), t);
        field(MapField.DIRECTION, b.direction(), a.direction(), t);
        field(MapField.OWNER, b.owner(), a.owner(), t);
    }

    private static void field(MapField f, Object b, Object a, Set<Target> t) {
        if (!Objects.equals(b, a)) {
            t.add(Target.mapField(f));
        }
    }

    private static void stages(List<Stage> before, List<Stage> after, Set<Target> t) {
        Map<String, Integer> oldIndex = indexes(before, Stage::id);
        Map<String, Stage> old = byId(before, Stage::id);
        for (int i = 0; i < after.size(); i++) {
            Stage s = after.get(i);
            Stage o = old.get(s.id());
            if (o == null) {
                t.add(Target.exists(Target.STAGE, s.id()));
                continue;
            }
            named(Target.STAGE, s.id(), o.name(), s.name(), o.hidden(), s.hidden(), t);
            if (oldIndex.get(s.id()) != i) {
                t.add(Target.field(Target.STAGE, s.id(), Target.ORDER));
            }
        }
        removed(Target.STAGE, before, byId(after, Stage::id), Stage::id, t);
    }

    private static void steps(JourneyMap before, JourneyMap after, Set<Target> t) {
        Map<String, Step> old = byId(before.steps().toList(), Step::id);
        Map<String, String> oldPlace = places(before);
        Map<String, String> newPlace = places(after);
        after.steps().forEach(s -> {
            Step o = old.get(s.id());
            if (o == null) {
                t.add(Target.exists(Target.STEP, s.id()));
                return;
            }
            named(Target.STEP, s.id(), o.name(), s.name(), o.hidden(), s.hidden(), t);
            if (!oldPlace.get(s.id()).equals(newPlace.get(s.id()))) {
                t.add(Target.field(Target.STEP, s.id(), Target.ORDER));
            }
        });
        removed(Target.STEP, before.steps().toList(), byId(after.steps().toList(), Step::id), Step::id, t);
    }

    /** Step id → "stageId#index". */
    private static Map<String, String> places(JourneyMap map) {
        Map<String, String> p = new HashMap<>();
        for (Stage s : map.stages()) {
            for (int i = 0; i < s.steps().size(); i++) {
                p.put(s.steps().get(i).id(), s.id() + "#" + i);
            }
        }
        return p;
    }

    private static void lanes(List<Lane> before, List<Lane> after, Set<Target> t) {
        Map<String, Integer> oldIndex = indexes(before, Lane::id);
        Map<String, Lane> old = byId(before, Lane::id);
        for (int i = 0; i < after.size(); i++) {
            Lane l = after.get(i);
            Lane o = old.get(l.id());
            if (o == null) {
                t.add(Target.exists(Target.LANE, l.id()));
                continue;
            }
            named(Target.LANE, l.id(), o.name(), l.name(), o.hidden(), l.hidden(), t);
            if (oldIndex.get(l.id()) != i || o.type() != l.type()) {
                t.add(Target.field(Target.LANE, l.id(), Target.ORDER));
            }
        }
        removed(Target.LANE, before, byId(after, Lane::id), Lane::id, t);
    }

    private static void cards(JourneyMap before, JourneyMap after, Set<Target> t) {
        Map<String, Card> old = byId(before.cards(), Card::id);
        Map<String, String> oldPlace = cardPlaces(before);
        Map<String, String> newPlace = cardPlaces(after);
        for (Card c : after.cards()) {
            Card o = old.get(c.id());
            if (o == null) {
                t.add(Target.exists(Target.CARD, c.id()));
                continue;
            }
            for (CardField f : CardField.values()) {
                if (!Objects.equals(o.details().get(f), c.details().get(f))) {
                    t.add(Target.field(Target.CARD, c.id(), f.wireName()));
                }
            }
            if (!oldPlace.get(c.id()).equals(newPlace.get(c.id()))) {
                t.add(Target.field(Target.CARD, c.id(), Target.POSITION));
            }
            if (!new LinkedHashSet<>(linkKeys(before.jiraLinksOf(c.id()))).equals(new LinkedHashSet<>(linkKeys(after.jiraLinksOf(c.id()))))) {
                t.add(Target.field(Target.CARD, c.id(), "jiraLinks"));
            }
        }
        removed(Target.CARD, before.cards(), byId(after.cards(), Card::id), Card::id, t);
    }

    private static List<String> linkKeys(List<JiraLink> links) {
        return links.stream().map(l -> l.serverId() + "/" + l.issueKey()).toList();
    }

    /** Card id → "laneId/stepId#index in its cell". */
    private static Map<String, String> cardPlaces(JourneyMap map) {
        Map<String, String> p = new HashMap<>();
        Map<String, Integer> cellCounts = new HashMap<>();
        for (Card c : map.cards()) {
            String cell = c.laneId() + "/" + c.stepId();
            int index = cellCounts.merge(cell, 1, Integer::sum) - 1;
            p.put(c.id(), cell + "#" + index);
        }
        return p;
    }

    private static void emotions(List<EmotionScore> before, List<EmotionScore> after, Set<Target> t) {
        Map<String, Integer> old = new HashMap<>();
        before.forEach(e -> old.put(Target.emotion(e.stepId(), e.personaId()).id(), e.score()));
        Map<String, Integer> now = new HashMap<>();
        after.forEach(e -> now.put(Target.emotion(e.stepId(), e.personaId()).id(), e.score()));
        for (EmotionScore e : after) {
            if (!Objects.equals(old.get(Target.emotion(e.stepId(), e.personaId()).id()), e.score())) {
                t.add(Target.emotion(e.stepId(), e.personaId()));
            }
        }
        for (EmotionScore e : before) {
            if (!now.containsKey(Target.emotion(e.stepId(), e.personaId()).id())) {
                t.add(Target.emotion(e.stepId(), e.personaId()));
            }
        }
    }

    private static void personas(List<Long> before, List<Long> after, Set<Target> t) {
        after.stream().filter(p -> !before.contains(p)).forEach(p -> t.add(Target.persona(p)));
        before.stream().filter(p -> !after.contains(p)).forEach(p -> t.add(Target.persona(p)));
    }

    private static void named(String type, String id, String oldName, String newName, boolean oldHidden,
                              boolean newHidden, Set<Target> t) {
        if (!Objects.equals(oldName, newName)) {
            t.add(Target.field(type, id, "name"));
        }
        if (oldHidden != newHidden) {
            t.add(Target.field(type, id, "hidden"));
        }
    }

    private static <E> void removed(String type, List<E> before, Map<String, E> after, Function<E, String> id, Set<Target> t) {
        for (E e : before) {
            if (!after.containsKey(id.apply(e))) {
                t.add(Target.exists(type, id.apply(e)));
            }
        }
    }

    private static <E> Map<String, E> byId(List<E> items, Function<E, String> id) {
        Map<String, E> m = new HashMap<>();
        items.forEach(e -> m.put(id.apply(e), e));
        return m;
    }

    private static <E> Map<String, Integer> indexes(List<E> items, Function<E, String> id) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            m.put(id.apply(items.get(i)), i);
        }
        return m;
    }
}
