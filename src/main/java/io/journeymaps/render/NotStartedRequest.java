package io.journeymaps.render;

/**
 * A macro that has no map yet and no template to make one from: the page and macro key the editor
 * creates the map for (POST /maps with this macroKey), the template language the macro asks for
 * (blank when none), how it is shown, the UI language, whether the viewer may start the map, and
 * the REST base path.
 */
public record NotStartedRequest(long pageId, String macroKey, String templateLanguage, RenderMode mode,
                                String uiLanguage, boolean canEdit, String restBase) {
}
