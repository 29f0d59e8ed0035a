package io.journeymaps.render;

import java.util.Map;

import io.journeymaps.host.UserRef;

/**
 * One rendering of the journey-map macro: the page it is on, its parameters ({@code mapKey},
 * {@code template}, {@code language}, {@code title}), the output mode, the viewer (null when
 * anonymous), the viewer's UI language and the REST base path for the editor.
 */
public record MacroInvocation(long pageId, String spaceKey, Map<String, String> parameters, RenderMode mode,
                              UserRef viewer, String uiLanguage, String restBase) {
    public MacroInvocation {
        parameters = Map.copyOf(parameters);
    }
}
