package io.journeymaps.render;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.comment.CommentRepository;
import io.journeymaps.host.Permissions;
import io.journeymaps.map.MapService;
import io.journeymaps.map.model.JourneyMap;

/**
 * The journey-map macro's body, shared by Confluence and the standalone host: the page's map for
 * this macro instance rendered as static HTML. With a template parameter the map is created from it
 * on first render; without one nothing is created until someone picks a template in the chooser, so
 * the macro renders a "not started" container instead. A copied page forks the original's map either
 * way. The host has already checked that the viewer may see the page. Readers of the static view
 * (no JavaScript, export, email) see the open comment threads per card and header: one more query.
 */
@Named
public class MapMacroView implements MacroView {
    static final String DEFAULT_LANGUAGE = "en";

    private final MapService maps;
    private final MapHtmlRenderer renderer;
    private final Permissions permissions;
    private final CommentRepository comments;

    @Inject
    public MapMacroView(MapService maps, MapHtmlRenderer renderer, Permissions permissions, CommentRepository comments) {
        this.maps = maps;
        this.renderer = renderer;
        this.permissions = permissions;
        this.comments = comments;
    }

    @Override
    public String render(MacroInvocation call) {
        Map<String, String> params = call.parameters();
        String template = params.get("template");
        String macroKey = MapService.macroKey(params.get("mapKey"));
        Optional<JourneyMap> map = template == null || template.isBlank()
                ? maps.existingMapForMacro(call.pageId(), call.spaceKey(), macroKey, call.viewer())
                : Optional.of(maps.mapForMacro(call.pageId(), call.spaceKey(), macroKey, template,
                        params.getOrDefault("language", DEFAULT_LANGUAGE), params.get("title"), call.viewer()));
        boolean canEdit = call.mode() == RenderMode.DISPLAY && permissions.canEditPage(call.viewer(), call.pageId());
        if (map.isEmpty()) {
            return renderer.renderNotStarted(new NotStartedRequest(call.pageId(), macroKey,
                    params.getOrDefault("language", ""), call.mode(), call.uiLanguage(), canEdit, call.restBase()));
        }
        return renderer.render(new RenderRequest(map.get(), maps.personasOf(map.get()), call.mode(), call.uiLanguage(),
                canEdit, call.restBase(), comments.openThreadCounts(map.get().id())));
    }
}
