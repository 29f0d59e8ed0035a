package io.journeymaps.standalone.web;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

import io.journeymaps.render.MacroView;
import io.journeymaps.standalone.site.StandaloneSite;
import jakarta.servlet.http.HttpFilter;

/** Puts the site's filters and servlets into a servlet context (the server adds the REST API). */
public final class SiteWeb {
    private static final System.Logger LOG = System.getLogger(SiteWeb.class.getName());
    /** Where the frontend build puts the editor bundle on the classpath (target/classes/frontend). */
    static final String EDITOR_CLASSPATH_FOLDER = "frontend";

    private SiteWeb() {
    }

    public static HttpFilter requestGuard() {
        return new RequestGuardFilter();
    }

    public static HttpFilter authFilter(StandaloneSite site) {
        return new AuthFilter(site.currentUser());
    }

    public static void addServlets(ServletContextHandler context, StandaloneSite site, MacroView macroView,
                                   List<String> auiStylesheets, Path webFolder) {
        StaticFilesServlet.Source editor = StaticFilesServlet.classpath(EDITOR_CLASSPATH_FOLDER);
        boolean editorScript = StaticFilesServlet.exists(editor, "journey-map-editor.js");
        boolean editorStylesheet = StaticFilesServlet.exists(editor, "journey-map-editor.css");
        if (!editorScript) {
            LOG.log(System.Logger.Level.WARNING, "The editor bundle (classpath " + EDITOR_CLASSPATH_FOLDER
                    + "/journey-map-editor.js) is missing: maps show read-only. Build without -DskipFrontend.");
        }
        Assets assets = new Assets(Assets.neededAuiStylesheets(auiStylesheets), editorScript, editorStylesheet);

        SiteServlet pages = new SiteServlet(site, macroView, assets);
        context.addServlet(new ServletHolder("site", pages), "/");
        context.addServlet(new ServletHolder("host", new HostApiServlet(site, pages)), "/host/*");
        context.addServlet(new ServletHolder("host-static",
                new StaticFilesServlet("", StaticFilesServlet.classpath("standalone/static"))), "/host/static/*");
        context.addServlet(new ServletHolder("favicon", new FaviconServlet()), "/favicon.ico");
        context.addServlet(new ServletHolder("aui",
                new StaticFilesServlet("", StaticFilesServlet.folder(webFolder.resolve("aui")))), "/aui/*");
        context.addServlet(new ServletHolder("editor",
                new StaticFilesServlet("io.journeymaps.journey-maps:journey-map-editor/", editor)),
                "/download/resources/*");
    }
}
