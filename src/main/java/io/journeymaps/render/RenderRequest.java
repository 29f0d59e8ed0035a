package io.journeymaps.render;

import java.util.List;
import java.util.Map;

import io.journeymaps.comment.model.Anchor;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.persona.model.Persona;

/**
 * What the static view needs: the map, its attached personas, how it is shown, the UI language
 * (en, ar, fa) for labels, whether the viewer may edit (the container tells the editor), the
 * REST base path the editor talks to (e.g. {@code /confluence/rest/journey-maps/1.0}), and the
 * number of open comment threads per anchor (absent anchors have none).
 */
public record RenderRequest(JourneyMap map, List<Persona> personas, RenderMode mode, String uiLanguage,
                            boolean canEdit, String restBase, Map<Anchor, Integer> openThreads) {
    public RenderRequest {
        openThreads = openThreads == null ? Map.of() : openThreads;
    }

    /** A request without comment counts (previews, exports of a revision). */
    public RenderRequest(JourneyMap map, List<Persona> personas, RenderMode mode, String uiLanguage,
                         boolean canEdit, String restBase) {
        this(map, personas, mode, uiLanguage, canEdit, restBase, Map.of());
    }
}
