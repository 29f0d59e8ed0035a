package io.journeymaps.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

import io.journeymaps.render.MacroView;
import io.journeymaps.standalone.site.StandaloneSite;
import io.journeymaps.standalone.web.SiteWeb;
import jakarta.servlet.DispatcherType;

/**
 * The standalone host's HTTP server (Jetty 12 ee10): the demo site, the host endpoints, static
 * front-end files, and the plugin's JAX-RS resources (Jersey 3) under {@value #REST_PATH}, all
 * behind the same authentication. Start it with port 0 in tests.
 */
public final class StandaloneServer {
    public static final String REST_PATH = "/rest/journey-maps/1.0";

    private static final System.Logger LOG = System.getLogger(StandaloneServer.class.getName());

    private final StandaloneSite site;
    private final MacroView macroView;
    private final List<Object> restResources;
    private Server server;
    private int port;

    /**
     * @param restResources JAX-RS resource and provider instances (e.g. exception mappers) to
     *                      serve under {@value #REST_PATH}; Jackson JSON support is registered
     */
    public StandaloneServer(StandaloneSite site, MacroView macroView, List<Object> restResources) {
        this.site = site;
        this.macroView = macroView;
        this.restResources = List.copyOf(restResources);
    }

    /** Starts listening on the configured address and port; returns the actual port. */
    public synchronized int start(HostConfig config) throws Exception {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(config.bindAddress());
        connector.setPort(config.port());
        jetty.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addFilter(new FilterHolder(SiteWeb.requestGuard()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(SiteWeb.authFilter(site)), "/*", EnumSet.of(DispatcherType.REQUEST));
        SiteWeb.addServlets(context, site, macroView, auiStylesheets(config.webFolder()), config.webFolder());

        ServletHolder rest = new ServletHolder("jersey", new ServletContainer(resourceConfig()));
        rest.setInitOrder(0);
        context.addServlet(rest, REST_PATH + "/*");

        jetty.setHandler(context);
        jetty.setStopAtShutdown(false);
        jetty.start();
        server = jetty;
        port = connector.getLocalPort();
        site.publishedAt("http://" + config.bindAddress() + ":" + port);
        return port;
    }

    public synchronized void stop() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        Server running;
        synchronized (this) {
            running = server;
        }
        if (running != null) {
            running.join();
        }
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return site.baseUrl();
    }

    /**
     * Jersey checks every registered instance for provider contracts and warns, wrongly, that our
     * resource instances "will be ignored" (they are served). Held here so JUL keeps the level.
     */
    private static final java.util.logging.Logger JERSEY_PROVIDER_CHECKS =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    private ResourceConfig resourceConfig() {
        ResourceConfig config = new ResourceConfig();
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.register(JacksonFeature.class);
        JERSEY_PROVIDER_CHECKS.setLevel(java.util.logging.Level.SEVERE);
        restResources.forEach(config::register);
        return config;
    }

    /** AUI's stylesheets in the web folder's aui/ (from the frontend build), if it was built. */
    private static List<String> auiStylesheets(Path webFolder) {
        Path aui = webFolder.resolve("aui");
        List<String> stylesheets = new ArrayList<>();
        if (Files.isDirectory(aui)) {
            try (Stream<Path> files = Files.list(aui)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".css")).sorted()
                        .forEach(n -> stylesheets.add("/aui/" + n));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "could not list " + aui, e);
            }
        }
        if (stylesheets.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "No AUI stylesheets in " + aui
                    + ": pages use the host's plain style (build the frontend to get AUI).");
        }
        return stylesheets;
    }
}
