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
        Changes stages = compare(from.stages(), to.stages(), Stage::id, (a, b) -> a.name().equals(b.name()) && a.hidden() == b.hidden(),
                s -> "");
        Map<String, String> fromStageOfStep = stageOfStep(from);
        Map<String, String> toStageOfStep = stageOfStep(to);
        Changes steps = compare(from.steps().toList(), to.steps().toList(), Step::id, Step::equals,
                s -> "");
        steps = alsoChanged(steps, to.steps().map(Step::id).filter(id -> fromStageOfStep.containsKey(id)
                && !fromStageOfStep.get(id).equals(toStageOfStep.get(id))).toList(), to.steps().map(Step::id).toList());
        Changes lanes = compare(from.lanes(), to.lanes(), Lane::id, Lane::equals, l -> "");
        Changes cards = compare(from.cards(), to.cards(), Card::id,
                (a, b) -> a.equals(b) && sameLinks(from.jiraLinksOf(a.id()), to.jiraLinksOf(b.id())),
                c -> c.laneId() + "/" + c.stepId());
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
     * Compares two ordered lists of elements. An element present in both is changed when
     * {@code same} says its fields differ, or when its index among the common elements of its group
     * (the whole list for stages, steps and lanes; the cell for cards) differs.
     */
    private static <E> Changes compare(List<E> from, List<E> to, Function<E, String> id,
                                       java.util.function.BiPredicate<E, E> same, Function<E, String> group) {
        Map<String, E> fromById = new LinkedHashMap<>();
        from.forEach(e -> fromById.put(id.apply(e), e));
        Map<String, E> toById = new LinkedHashMap<>();
        to.forEach(e -> toById.put(id.apply(e), e));
        Map<String, Integer> fromIndex = commonIndexes(from, toById.keySet(), id, group);
        Map<String, Integer> toIndex = commonIndexes(to, fromById.keySet(), id, group);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (E e : to) {
            String key = id.apply(e);
            E old = fromById.get(key);
            if (old == null) {
                added.add(key);
            } else if (!same.test(old, e) || !group.apply(old).equals(group.apply(e))
                    || !Objects.equals(fromIndex.get(key), toIndex.get(key))) {
                changed.add(key);
            }
        }
        List<String> removed = from.stream().map(id).filter(k -> !toById.containsKey(k)).toList();
        return new Changes(added, removed, changed);
    }

    /** Index of each element among those also in {@code others}, counted within its group. */
    private static <E> Map<String, Integer> commonIndexes(List<E> items, Set<String> others, Function<E, String> id,
                                                          Function<E, String> group) {
        Map<String, Integer> counters = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (E e : items) {
            String key = id.apply(e);
            if (others.contains(key)) {
                index.put(key, counters.merge(group.apply(e), 1, Integer::sum) - 1);
            }
        }
        return index;
    }

    private static Changes alsoChanged(Changes c, List<String> more, List<String> order) {
        if (more.isEmpty()) {
            return c;
        }
        Set<String> all = new HashSet<>(c.changed());
        all.addAll(more);
        return new Changes(c.added(), c.removed(), order.stream().filter(all::contains).toList());
    }
}
