package io.journeymaps.map.rest;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.common.NotFoundException;
import io.journeymaps.host.AccessGuard;
import io.journeymaps.map.MapService;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.MapHeader;

/** A map follows its owner page: readable with view-page, changeable with edit-page, else unseen (404). */
@Named
public class MapAccess {
    private final MapService maps;
    private final AccessGuard guard;

    @Inject
    public MapAccess(MapService maps, AccessGuard guard) {
        this.maps = maps;
        this.guard = guard;
    }

    public AccessGuard guard() {
        return guard;
    }

    public JourneyMap viewable(long mapId) {
        JourneyMap map = maps.find(mapId).orElseThrow(() -> notFound(mapId));
        viewablePage(mapId, map.header().pageId());
        return map;
    }

    /** Checks edit permission on the owner page from the header alone (the service loads the map itself). */
    public MapHeader editable(long mapId) {
        MapHeader header = maps.header(mapId).orElseThrow(() -> notFound(mapId));
        viewablePage(mapId, header.pageId());
        guard.editablePage(header.pageId());
        return header;
    }

    /** Version and owner page only, never the whole map: what pollers call every few seconds. */
    public long viewableVersion(long mapId) {
        MapHeader header = maps.header(mapId).orElseThrow(() -> notFound(mapId));
        viewablePage(mapId, header.pageId());
        return header.version();
    }

    /**
     * A hidden map answers exactly like a missing one: the page's 404 would name the owner page
     * and so tell an outsider that the map exists and where.
     */
    private void viewablePage(long mapId, long pageId) {
        try {
            guard.viewablePage(pageId);
        } catch (NotFoundException hidden) {
            throw notFound(mapId);
        }
    }

    private static NotFoundException notFound(long mapId) {
        return new NotFoundException("map " + mapId + " not found");
    }
}
