package io.journeymaps.standalone.web;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.journeymaps.common.ForbiddenException;
import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.NotFoundException;
import io.journeymaps.host.UserRef;
import io.journeymaps.standalone.site.DemoContent;
import io.journeymaps.standalone.site.DemoUsers;
import io.journeymaps.standalone.site.SitePage;
import io.journeymaps.standalone.site.StandaloneSite;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The host's own endpoints under {@code /host}: list, create, copy and trash pages, list the trash
 * ({@code GET /host/pages?status=trashed&spaceKey=KEY}), restore and purge trashed pages (forms from
 * the site answer with redirects, JSON clients with JSON), and the demo user and language switchers.
 */
public final class HostApiServlet extends HttpServlet {
    private static final Pattern PAGE_ACTION = Pattern.compile("/pages/([0-9]{1,18})/(copy|delete|restore|purge)");

    /** A page as {@code GET /host/pages} lists it. */
    public record PageJson(long id, String title, String spaceKey, String url) {
    }

    private final StandaloneSite site;
    private final SiteServlet views;

    HostApiServlet(StandaloneSite site, SiteServlet views) {
        this.site = site;
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/pages".equals(request.getPathInfo())) {
            Responses.jsonProblem(response, 404, "not found", List.of());
            return;
        }
        UserRef user = Requests.userRef(request);
        String spaceKey = request.getParameter("spaceKey");
        if ("trashed".equals(request.getParameter("status"))) {
            try {
                Responses.json(response, 200, site.actions().trashedPages(user, spaceKey == null ? "" : spaceKey)
                        .stream().map(this::json).toList());
            } catch (NotFoundException e) {
                Responses.jsonProblem(response, 404, "space not found", List.of());
            }
            return;
        }
        List<PageJson> pages = site.actions().visiblePages(user).stream()
                .filter(p -> spaceKey == null || spaceKey.equals(p.spaceKey()))
                .map(this::json).toList();
        Responses.json(response, 200, pages);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            switch (path) {
                case "/pages" -> create(request, response);
                case "/switch-user" -> switchUser(request, response);
                case "/switch-language" -> switchLanguage(request, response);
                default -> pageAction(request, response, path);
            }
        } catch (NotFoundException e) {
            problem(request, response, 404, "Not found",
                    "The page or space does not exist, or you may not see it.", e);
        } catch (ForbiddenException e) {
            int status = Requests.user(request) == null && Requests.wantsJson(request) ? 401 : 403;
            problem(request, response, status, "Not allowed", e.getMessage(), e);
        } catch (InvalidInputException e) {
            problem(request, response, 400, "Please check your input", e.getMessage(), e);
        }
    }

    private void create(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CreatePage input = Requests.isJson(request) ? CreatePage.fromJson(request) : CreatePage.fromForm(request);
        SitePage page = site.actions().create(Requests.userRef(request), input.spaceKey(), input.title(),
                input.template(), input.language());
        if (Requests.wantsJson(request)) {
            response.setHeader("Location", "/pages/" + page.id());
            Responses.json(response, 201, json(page));
        } else {
            Responses.seeOther(response, "/pages/" + page.id());
        }
    }

    private void pageAction(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Matcher matcher = PAGE_ACTION.matcher(path);
        if (!matcher.matches()) {
            throw new NotFoundException("no such endpoint");
        }
        long id = Long.parseLong(matcher.group(1));
        UserRef user = Requests.userRef(request);
        switch (matcher.group(2)) {
            case "copy" -> {
                SitePage copy = site.actions().copy(user, id);
                answer(request, response, 201, copy, "/pages/" + copy.id());
            }
            case "delete" -> {
                SitePage trashed = site.actions().trash(user, id);
                answer(request, response, 200, trashed, "/spaces/" + trashed.spaceKey() + "?trashed=" + trashed.id());
            }
            case "restore" -> {
                SitePage restored = site.actions().restore(user, id);
                answer(request, response, 200, restored, "/pages/" + restored.id());
            }
            default -> {
                SitePage purged = site.actions().purge(user, id);
                answer(request, response, 200, purged, "/spaces/" + purged.spaceKey() + "?purged=" + purged.id());
            }
        }
    }

    /** JSON clients get the page, forms a redirect. */
    private void answer(HttpServletRequest request, HttpServletResponse response, int status, SitePage page,
                        String redirect) throws IOException {
        if (Requests.wantsJson(request)) {
            Responses.json(response, status, json(page));
        } else {
            Responses.seeOther(response, redirect);
        }
    }

    /** Demo only: signs in as any demo user without a password, or signs out (empty user). */
    private void switchUser(HttpServletRequest request, HttpServletResponse response) {
        String name = request.getParameter("user");
        boolean known = name != null && DemoUsers.find(name).isPresent();
        response.addCookie(cookie(Requests.USER_COOKIE, known ? name : "", known ? -1 : 0));
        Responses.seeOther(response, Requests.localPath(request.getParameter("returnTo")));
    }

    private void switchLanguage(HttpServletRequest request, HttpServletResponse response) {
        String language = request.getParameter("language");
        boolean known = language != null && DemoContent.LANGUAGES.contains(language);
        response.addCookie(cookie(Requests.LANGUAGE_COOKIE, known ? language : "", known ? -1 : 0));
        Responses.seeOther(response, Requests.localPath(request.getParameter("returnTo")));
    }

    private static Cookie cookie(String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, int status, String title,
                         String detail, RuntimeException e) throws IOException {
        if (Requests.wantsJson(request)) {
            List<io.journeymaps.common.FieldError> errors =
                    e instanceof InvalidInputException invalid ? invalid.errors() : List.of();
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"" + AuthFilter.REALM + "\"");
            }
            Responses.jsonProblem(response, status, detail, errors);
        } else {
            Responses.html(response, status, Views.problem(views.context(request), title, detail));
        }
    }

    private PageJson json(SitePage page) {
        return new PageJson(page.id(), page.title(), page.spaceKey(), site.pages().ref(page).url());
    }

    private record CreatePage(String spaceKey, String title, String template, String language) {
        static CreatePage fromForm(HttpServletRequest request) {
            return new CreatePage(request.getParameter("spaceKey"), request.getParameter("title"),
                    request.getParameter("template"), request.getParameter("language"));
        }

        static CreatePage fromJson(HttpServletRequest request) throws IOException {
            JsonNode body;
            try {
                body = Responses.JSON.readTree(request.getReader());
            } catch (JsonProcessingException e) {
                throw new InvalidInputException("", "the body is not valid JSON");
            }
            if (body == null || !body.isObject()) {
                throw new InvalidInputException("", "the body must be a JSON object");
            }
            return new CreatePage(text(body, "spaceKey"), text(body, "title"), text(body, "template"),
                    text(body, "language"));
        }

        private static String text(JsonNode body, String field) {
            JsonNode value = body.get(field);
            return value == null || !value.isTextual() ? null : value.asText();
        }
    }
}
