package io.journeymaps.standalone;

import io.journeymaps.standalone.site.DemoUser;
import io.journeymaps.standalone.site.DemoUsers;
import io.journeymaps.standalone.site.StandaloneSite;

/**
 * {@code mvn -Pstandalone}: the demo site with the plugin on 127.0.0.1. Ctrl-C stops Jetty, then
 * the plugin's database, then the site's database.
 */
public final class StandaloneHost {
    private StandaloneHost() {
    }

    public static void main(String[] args) throws Exception {
        HostConfig config = HostConfig.fromEnvironment();
        StandaloneSite site = StandaloneSite.open(config);
        PluginWiring plugin;
        StandaloneServer server;
        try {
            plugin = StandaloneWiring.create(config, site);
            server = new StandaloneServer(site, plugin.macroView(), plugin.restResources());
            server.start(config);
        } catch (Exception | Error e) {
            site.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutDown(server, plugin, site), "standalone-shutdown"));
        printBanner(config, site, server);
        server.join();
    }

    private static void shutDown(StandaloneServer server, PluginWiring plugin, StandaloneSite site) {
        System.out.println("Stopping the Journey Maps standalone host...");
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("Jetty did not stop cleanly: " + e);
        }
        try {
            plugin.close();
        } catch (RuntimeException e) {
            System.err.println("The plugin's database did not close cleanly: " + e);
        }
        try {
            site.close();
        } catch (RuntimeException e) {
            System.err.println("The site's database did not close cleanly: " + e);
        }
    }

    private static void printBanner(HostConfig config, StandaloneSite site, StandaloneServer server) {
        StringBuilder text = new StringBuilder();
        text.append("\n  Journey Maps for Confluence - standalone host\n\n")
                .append("  Open      ").append(server.baseUrl()).append("/\n")
                .append("  Database  ").append(config.jdbcUrl()).append(site.seeded() ? "  (demo content seeded)" : "")
                .append("\n  Data      ").append(config.dataFolder()).append("\n")
                .append("  Jira      ").append(config.jira().map(j -> j.url() + (j.hasToken() ? " (token set)" : " (no token)"))
                        .orElse("not configured (set JIRA_URL and JIRA_TOKEN)")).append("\n\n")
                .append("  Demo users (demo only: each password equals the user name):\n");
        for (DemoUser user : DemoUsers.all()) {
            text.append("    ").append(String.format("%-6s", user.name())).append(" ").append(user.displayName())
                    .append(" - ").append(describe(user)).append("\n");
        }
        text.append("    anonymous - whatever each space grants anonymous visitors (nothing by default)\n\n")
                .append("  Switch users with the selector in the page header; API clients use HTTP Basic.\n")
                .append("  Press Ctrl-C to stop.\n");
        System.out.println(text);
    }

    private static String describe(DemoUser user) {
        if (user == DemoUsers.ALICE) {
            return "edits DEMO and PRIV";
        }
        if (user == DemoUsers.BOB) {
            return "views DEMO";
        }
        return "no access to DEMO";
    }
}
