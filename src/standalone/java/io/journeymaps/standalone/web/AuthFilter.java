package io.journeymaps.standalone.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import io.journeymaps.standalone.site.DemoUser;
import io.journeymaps.standalone.site.DemoUsers;
import io.journeymaps.standalone.site.RequestUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who the request is from: HTTP Basic for API clients (a wrong password is a 401), otherwise the
 * demo user switcher's cookie, otherwise anonymous. The user is put on the thread for the plugin's
 * {@code CurrentUser} port and on the request for the host's own servlets.
 */
public final class AuthFilter extends HttpFilter {
    static final String REALM = "Journey Maps demo";

    private final RequestUser currentUser;

    public AuthFilter(RequestUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setCharacterEncoding("UTF-8");
        String authorization = request.getHeader("Authorization");
        DemoUser user;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<DemoUser> authenticated = basic(authorization.substring(6).strip());
            if (authenticated.isEmpty()) {
                unauthorized(response);
                return;
            }
            user = authenticated.get();
        } else {
            user = Requests.cookie(request, Requests.USER_COOKIE).flatMap(DemoUsers::find).orElse(null);
        }
        request.setAttribute(Requests.USER_ATTRIBUTE, user);
        try (RequestUser.Scope ignored = currentUser.actAs(user == null ? null : user.ref())) {
            chain.doFilter(request, response);
        }
    }

    private static Optional<DemoUser> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return DemoUsers.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static void unauthorized(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"message\":\"wrong user name or password\"}");
    }
}
