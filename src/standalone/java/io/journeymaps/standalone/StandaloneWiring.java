package io.journeymaps.standalone;

import java.util.List;

import io.journeymaps.render.MacroView;
import io.journeymaps.standalone.site.StandaloneSite;
import io.journeymaps.standalone.web.Html;

/**
 * Builds the plugin's components for the standalone host. To be completed with the plugin's
 * wiring: open {@code StandaloneDatabase.open(config.jdbcUrl(), config.jdbcUser(),
 * config.jdbcPassword(), config.jdbcSchema())}, build stores, services, {@code MacroView} and REST
 * resources on {@code site.currentUser()}, {@code site.permissions()} and {@code site.pages()},
 * and close the database in {@link PluginWiring#close()}.
 */
final class StandaloneWiring {
    private StandaloneWiring() {
    }

    static PluginWiring create(HostConfig config, StandaloneSite site) {
        MacroView placeholder = invocation -> "<div class=\"aui-message aui-message-info\"><p>Journey map "
                + Html.escape(invocation.parameters().getOrDefault("mapKey", "")) + " (template "
                + Html.escape(invocation.parameters().getOrDefault("template", "")) + ", "
                + Html.escape(invocation.parameters().getOrDefault("language", "")) + ")"
                + ": the plugin is not wired into the standalone host yet.</p></div>";
        return new PluginWiring() {
            @Override
            public MacroView macroView() {
                return placeholder;
            }

            @Override
            public List<Object> restResources() {
                return List.of();
            }

            @Override
            public void close() {
            }
        };
    }
}
