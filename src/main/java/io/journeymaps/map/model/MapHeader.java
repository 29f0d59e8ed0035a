package io.journeymaps.map.model;

import java.time.Instant;

/**
 * The map's own fields. {@code macroKey} identifies the macro instance on its page (the macro's
 * {@code mapKey} parameter); {@code pageId} is the owner page. {@code derivedFromMapId} is set on
 * future-state maps.
 */
public record MapHeader(
        long pageId,
        String spaceKey,
        String macroKey,
        String title,
        String goal,
        JourneyType journeyType,
        MapState state,
        Long derivedFromMapId,
        SalesCycle salesCycle,
        String owner,
        Direction direction,
        String language,
        String templateId,
        long version,
        Instant created,
        Instant updated) {

    public MapHeader withVersion(long v, Instant at) {
        return new MapHeader(pageId, spaceKey, macroKey, title, goal, journeyType, state, derivedFromMapId,
                salesCycle, owner, direction, language, templateId, v, created, at);
    }

    public MapHeader withPage(long newPageId, String newSpaceKey) {
        return new MapHeader(newPageId, newSpaceKey, macroKey, title, goal, journeyType, state, derivedFromMapId,
                salesCycle, owner, direction, language, templateId, version, created, updated);
    }
}
