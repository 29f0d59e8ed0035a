package io.journeymaps.map.template;

import java.util.List;
import java.util.Map;

import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.JourneyType;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.SalesCycle;

/**
 * A built-in template as loaded from {@code journey-templates/<id>.json}: one structure with its
 * texts in every language. Lanes and steps have template-local keys that cards and emotion
 * scores refer to; instantiating replaces them with fresh element ids.
 */
record TemplateDefinition(String id, JourneyType journeyType, SalesCycle salesCycle, Localized name,
                          Localized description, Localized goal, List<LaneDef> lanes, List<StageDef> stages,
                          List<CardDef> cards, Map<String, Integer> emotions) {

    record LaneDef(String key, LaneType type, Localized name) {
    }

    record StageDef(Localized name, List<StepDef> steps) {
    }

    record StepDef(String key, Localized name) {
    }

    /** A field value is either language-neutral (enum, number, URL) or a {@link Localized} text. */
    record CardDef(String laneKey, String stepKey, Localized text, Map<CardField, Object> fields) {
    }

    int stepCount() {
        return stages.stream().mapToInt(s -> s.steps().size()).sum();
    }
}
