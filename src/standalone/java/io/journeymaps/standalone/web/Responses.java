package io.journeymaps.standalone.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.journeymaps.common.FieldError;
import jakarta.servlet.http.HttpServletResponse;

/** Writing HTML, JSON and redirects with the headers every answer of this host carries. */
final class Responses {
    static final ObjectMapper JSON = new ObjectMapper();

    private Responses() {
    }

    static void html(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        commonHeaders(response);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.getWriter().write(html);
    }

    static void json(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        commonHeaders(response);
        JSON.writeValue(response.getWriter(), body);
    }

    static void jsonProblem(HttpServletResponse response, int status, String message, List<FieldError> errors)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        json(response, status, body);
    }

    /** 303: after a form post the browser GETs the new location. */
    static void seeOther(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        commonHeaders(response);
    }

    private static void commonHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
    }
}
