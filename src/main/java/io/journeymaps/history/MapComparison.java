package io.journeymaps.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;

/**
 * What differs between two versions of a map, by element id: stages, steps, lanes and cards added,
 * removed and changed. Changed means any of the element's own fields differs, or it moved: another
 * place among the elements both versions have (so inserting one card does not make its neighbours
 * "moved"), another stage for a step, another cell for a card. A card's Jira links count as its
 * fields. A stage whose steps changed is not itself changed: the steps are.
 */
public record MapComparison(Changes stages, Changes steps, Changes lanes, Changes cards) {

    /** Ids in the order of the version they are found in ({@code to} for added and changed, {@code from} for removed). */
    public record Changes(List<String> added, List<String> removed, List<String> changed) {
        public Changes {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }

        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    public boolean isEmpty() {
        return stages.isEmpty() && steps.isEmpty() && lanes.isEmpty() && cards.isEmpty();
    }

    public static MapComparison between(JourneyMap from, JourneyMap to) {
        Changes stages = compare(from.stages(), to.stages(), Stage::id,
                (a, b) -> a.name().equals(b.name()) && a.hidden() == b.hidden(), s -> "", s -> "");
        Map<String, String> fromStageOfStep = stageOfStep(from);
        Map<String, String> toStageOfStep = stageOfStep(to);
        Changes steps = compare(from.steps().toList(), to.steps().toList(), Step::id, Step::equals,
                s -> fromStageOfStep.get(s.id()), s -> toStageOfStep.get(s.id()));
        Changes lanes = compare(from.lanes(), to.lanes(), Lane::id, Lane::equals, l -> "", l -> "");
        Function<Card, String> cell = c -> c.laneId() + "/" + c.stepId();
        Changes cards = compare(from.cards(), to.cards(), Card::id,
                (a, b) -> a.details().equals(b.details()) && sameLinks(from.jiraLinksOf(a.id()), to.jiraLinksOf(b.id())),
                cell, cell);
        return new MapComparison(stages, steps, lanes, cards);
    }

    private static boolean sameLinks(List<JiraLink> a, List<JiraLink> b) {
        return new HashSet<>(a).equals(new HashSet<>(b));
    }

    private static Map<String, String> stageOfStep(JourneyMap map) {
        Map<String, String> m = new HashMap<>();
        map.stages().forEach(s -> s.steps().forEach(st -> m.put(st.id(), s.id())));
        return m;
    }

    /**
     * Compares two ordered lists of elements, each element in a group (the whole list for stages and
     * lanes, the stage for steps, the cell for cards). An element of both versions is changed when
     * {@code same} says its fields differ, when its group differs, or when its index differs among the
     * elements that are in both versions and stay in their group (so that an insert, a delete or a
     * move out of the group does not make the others "moved").
     */
    private static <E> Changes compare(List<E> from, List<E> to, Function<E, String> id,
                                       java.util.function.BiPredicate<E, E> same,
                                       Function<E, String> fromGroup, Function<E, String> toGroup) {
        Map<String, E> fromById = new LinkedHashMap<>();
        from.forEach(e -> fromById.put(id.apply(e), e));
        Map<String, E> toById = new LinkedHashMap<>();
        to.forEach(e -> toById.put(id.apply(e), e));
        Set<String> stay = new HashSet<>();
        for (E e : to) {
            E old = fromById.get(id.apply(e));
            if (old != null && Objects.equals(fromGroup.apply(old), toGroup.apply(e))) {
                stay.add(id.apply(e));
            }
        }
        Map<String, Integer> fromIndex = stayingIndexes(from, stay, id, fromGroup);
        Map<String, Integer> toIndex = stayingIndexes(to, stay, id, toGroup);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (E e : to) {
            String key = id.apply(e);
            E old = fromById.get(key);
            if (old == null) {
                added.add(key);
            } else if (!stay.contains(key) || !same.test(old, e) || !Objects.equals(fromIndex.get(key), toIndex.get(key))) {
                changed.add(key);
            }
        }
        List<String> removed = from.stream().map(id).filter(k -> !toById.containsKey(k)).toList();
        return new Changes(added, removed, changed);
    }

    /** Index of each staying element among the staying elements of its group. */
    private static <E> Map<String, Integer> stayingIndexes(List<E> items, Set<String> stay, Function<E, String> id,
                                                           Function<E, String> group) {
        Map<String, Integer> counters = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (E e : items) {
            String key = id.apply(e);
            if (stay.contains(key)) {
                index.put(key, counters.merge(String.valueOf(group.apply(e)), 1, Integer::sum) - 1);
            }
        }
        return index;
    }
}
