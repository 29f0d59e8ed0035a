package io.journeymaps.standalone.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-site request forgery guard for every state-changing request: a browser's Origin (or
 * Referer) must be this host. On the REST API it also plays Confluence's XSRF check: "simple"
 * content types (forms, text/plain) need {@code X-Atlassian-Token: no-check}; JSON passes.
 */
public final class RequestGuardFilter extends HttpFilter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> SIMPLE_TYPES = Set.of("application/x-www-form-urlencoded",
            "multipart/form-data", "text/plain");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (!sameOrigin(request)) {
            refuse(response, "cross-origin request refused");
            return;
        }
        if (Requests.path(request).startsWith("/rest/") && isSimpleContentType(request)
                && !"no-check".equalsIgnoreCase(request.getHeader("X-Atlassian-Token"))) {
            refuse(response, "XSRF check failed: send X-Atlassian-Token: no-check or a JSON body");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String own = Requests.origin(request);
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return origin.equals(own);
        }
        String referer = request.getHeader("Referer");
        // No Origin and no Referer: not a browser form or fetch (e.g. curl with Basic auth).
        return referer == null || referer.equals(own) || referer.startsWith(own + "/");
    }

    private static boolean isSimpleContentType(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return SIMPLE_TYPES.contains(mediaType);
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"message\":\"" + message + "\"}");
    }
}
