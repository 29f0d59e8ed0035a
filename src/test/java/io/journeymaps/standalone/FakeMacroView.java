package io.journeymaps.standalone;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.journeymaps.render.MacroInvocation;
import io.journeymaps.render.MacroView;

/** Stands in for the plugin's macro view: echoes the invocation, fails for template "boom". */
final class FakeMacroView implements MacroView {
    final List<MacroInvocation> invocations = new CopyOnWriteArrayList<>();

    @Override
    public String render(MacroInvocation invocation) {
        invocations.add(invocation);
        if ("boom".equals(invocation.parameters().get("template"))) {
            throw new IllegalStateException("renderer failed");
        }
        return "<div class=\"fake-map\" data-map-key=\"" + invocation.parameters().get("mapKey")
                + "\" data-template=\"" + invocation.parameters().get("template")
                + "\" data-language=\"" + invocation.parameters().get("language") + "\">FAKE MAP</div>";
    }
}
