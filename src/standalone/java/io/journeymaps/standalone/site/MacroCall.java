package io.journeymaps.standalone.site;

import java.util.Map;

/** One macro in a page body: its name and parameters, in the order of the body. */
public record MacroCall(String name, Map<String, String> parameters) {
    public MacroCall {
        parameters = Map.copyOf(parameters);
    }
}
