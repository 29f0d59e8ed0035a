package io.journeymaps.lifecycle;

import io.journeymaps.map.TestMaps;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.MapHeader;

/** The sample map (two stages, six lanes, a persona with emotion scores, a Jira link) on a given page. */
final class LifecycleMaps {
    private LifecycleMaps() {
    }

    static JourneyMap sampleOn(long pageId, String spaceKey, String macroKey) {
        JourneyMap sample = TestMaps.sample();
        MapHeader h = sample.header();
        MapHeader header = new MapHeader(pageId, spaceKey, macroKey, h.title(), h.goal(), h.journeyType(), h.state(),
                h.derivedFromMapId(), h.salesCycle(), h.owner(), h.direction(), h.language(), h.templateId(), 0L,
                h.created(), h.updated());
        return new JourneyMap(0L, header, sample.stages(), sample.lanes(), sample.cards(), sample.emotions(),
                sample.personaIds(), sample.jiraLinks());
    }
}
