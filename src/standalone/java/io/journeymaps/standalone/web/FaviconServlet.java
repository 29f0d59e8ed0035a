package io.journeymaps.standalone.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Browsers ask for /favicon.ico on anything without a {@code <link rel="icon">} (JSON, errors from
 * the servlet container); send them to the site's icon instead of a 404 in every console.
 */
final class FaviconServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "max-age=86400");
        response.sendRedirect(Assets.FAVICON);
    }
}
