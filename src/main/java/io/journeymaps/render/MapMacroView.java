package io.journeymaps.render;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.host.Permissions;
import io.journeymaps.map.MapService;
import io.journeymaps.map.model.JourneyMap;

/**
 * The journey-map macro's body, shared by Confluence and the standalone host: the page's map for
 * this macro instance (created from the template on first render, forked when the page is a copy)
 * rendered as static HTML. The host has already checked that the viewer may see the page.
 */
@Named
public class MapMacroView implements MacroView {
    static final String DEFAULT_LANGUAGE = "en";

    private final MapService maps;
    private final MapHtmlRenderer renderer;
    private final Permissions permissions;

    @Inject
    public MapMacroView(MapService maps, MapHtmlRenderer renderer, Permissions permissions) {
        this.maps = maps;
        this.renderer = renderer;
        this.permissions = permissions;
    }

    @Override
    public String render(MacroInvocation call) {
        Map<String, String> params = call.parameters();
        JourneyMap map = maps.mapForMacro(call.pageId(), call.spaceKey(), params.get("mapKey"),
                params.get("template"), params.getOrDefault("language", DEFAULT_LANGUAGE), params.get("title"),
                call.viewer());
        boolean canEdit = call.mode() == RenderMode.DISPLAY && permissions.canEditPage(call.viewer(), call.pageId());
        return renderer.render(new RenderRequest(map, maps.personasOf(map), call.mode(), call.uiLanguage(), canEdit,
                call.restBase()));
    }
}
