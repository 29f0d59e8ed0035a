package io.journeymaps.render;

import java.util.List;

import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.persona.model.Persona;

/**
 * What the static view needs: the map, its attached personas, how it is shown, the UI language
 * (en, ar, fa) for labels, whether the viewer may edit (the container tells the editor), and the
 * REST base path the editor talks to (e.g. {@code /confluence/rest/journey-maps/1.0}).
 */
public record RenderRequest(JourneyMap map, List<Persona> personas, RenderMode mode, String uiLanguage,
                            boolean canEdit, String restBase) {
}
