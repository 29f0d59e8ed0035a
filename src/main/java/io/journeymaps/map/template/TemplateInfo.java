package io.journeymaps.map.template;

import io.journeymaps.map.model.JourneyType;

/** A built-in template as the template chooser lists it, in one language. */
public record TemplateInfo(String id, String language, String name, String description, JourneyType journeyType,
                           int stageCount, int stepCount, int laneCount) {
}
