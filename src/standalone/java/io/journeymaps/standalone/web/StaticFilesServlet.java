package io.journeymaps.standalone.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves files under the servlet's mapping from one place: a folder on disk (AUI from the frontend
 * build) or a classpath folder (the editor bundle in target/classes/frontend). GET only.
 */
public final class StaticFilesServlet extends HttpServlet {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css;charset=UTF-8"), Map.entry("js", "text/javascript;charset=UTF-8"),
            Map.entry("mjs", "text/javascript;charset=UTF-8"), Map.entry("map", "application/json"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("gif", "image/gif"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
            Map.entry("eot", "application/vnd.ms-fontobject"), Map.entry("html", "text/html;charset=UTF-8"));

    /** Where the files come from. */
    public interface Source {
        Optional<InputStream> open(String relativePath) throws IOException;
    }

    private final String prefix;
    private final Source source;

    /**
     * @param prefix the part of the path after the servlet mapping that must come first and is
     *               not part of the file name (e.g. the web-resource key), or ""
     */
    public StaticFilesServlet(String prefix, Source source) {
        this.prefix = prefix;
        this.source = source;
    }

    public static Source folder(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        return relative -> {
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(Files.newInputStream(file));
        };
    }

    public static Source classpath(String folder) {
        return relative -> {
            URL url = StaticFilesServlet.class.getClassLoader().getResource(folder + "/" + relative);
            if (url == null) {
                return Optional.empty();
            }
            if ("file".equals(url.getProtocol()) && !Files.isRegularFile(Path.of(java.net.URI.create(url.toString())))) {
                return Optional.empty();
            }
            return Optional.of(url.openStream());
        };
    }

    public static boolean exists(Source source, String relativePath) {
        try {
            Optional<InputStream> in = source.open(relativePath);
            if (in.isPresent()) {
                in.get().close();
                return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.startsWith("/" + prefix)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String relative = path.substring(1 + prefix.length());
        if (relative.startsWith("/")) {
            relative = relative.substring(1);
        }
        if (relative.isEmpty() || relative.endsWith("/") || relative.contains("..") || relative.contains("\\")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<InputStream> in = source.open(relative);
        if (in.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream stream = in.get()) {
            response.setContentType(contentType(relative));
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("X-Content-Type-Options", "nosniff");
            stream.transferTo(response.getOutputStream());
        }
    }

    private static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
