package io.journeymaps.standalone.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.journeymaps.common.NotFoundException;
import io.journeymaps.host.UserRef;
import io.journeymaps.render.MacroInvocation;
import io.journeymaps.render.MacroView;
import io.journeymaps.render.RenderMode;
import io.journeymaps.standalone.site.MacroCall;
import io.journeymaps.standalone.site.SitePage;
import io.journeymaps.standalone.site.Space;
import io.journeymaps.standalone.site.StandaloneSite;
import io.journeymaps.standalone.site.StorageBody;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The HTML site: space directory ({@code /}), a space's pages ({@code /spaces/KEY}) and a page
 * ({@code /pages/ID}) with each journey-map macro rendered by the plugin's {@link MacroView}.
 * A page the user may not view is answered exactly like a page that does not exist.
 */
public final class SiteServlet extends HttpServlet {
    public static final String REST_BASE = "/rest/journey-maps/1.0";

    private static final System.Logger LOG = System.getLogger(SiteServlet.class.getName());
    private static final Pattern SPACE = Pattern.compile("/spaces/([A-Za-z0-9_~-]{1,64})/?");
    private static final Pattern PAGE = Pattern.compile("/pages/([0-9]{1,18})(?:/.*)?");

    private final StandaloneSite site;
    private final MacroView macroView;
    private final Assets assets;

    SiteServlet(StandaloneSite site, MacroView macroView, Assets assets) {
        this.site = site;
        this.macroView = macroView;
        this.assets = assets;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ViewContext context = context(request);
        String path = Requests.path(request);
        try {
            if (path.isEmpty() || path.equals("/")) {
                Responses.html(response, 200, Views.directory(context, site.actions().visibleSpaces(Requests.userRef(request))));
                return;
            }
            Matcher space = SPACE.matcher(path);
            if (space.matches()) {
                showSpace(request, response, context, space.group(1));
                return;
            }
            Matcher page = PAGE.matcher(path);
            if (page.matches()) {
                showPage(request, response, context, Long.parseLong(page.group(1)));
                return;
            }
            throw new NotFoundException("no such page");
        } catch (NotFoundException e) {
            Responses.html(response, 404, Views.problem(context, "Page not found",
                    "The page you are looking for does not exist, or you may not see it."));
        }
    }

    private void showSpace(HttpServletRequest request, HttpServletResponse response, ViewContext context, String key)
            throws IOException {
        UserRef user = Requests.userRef(request);
        Space space = site.actions().visibleSpace(user, key);
        String notice = request.getParameter("trashed") != null ? "The page was moved to the trash."
                : request.getParameter("purged") != null ? "The page was purged from the trash." : null;
        Responses.html(response, 200, Views.space(context, space, site.store().currentPages(space.key()),
                site.actions().trashedPages(user, space.key()), site.permissions().canEditSpace(user, space.key()),
                site.permissions().isSpaceAdmin(user, space.key()), notice));
    }

    private void showPage(HttpServletRequest request, HttpServletResponse response, ViewContext context, long id)
            throws IOException {
        UserRef user = Requests.userRef(request);
        SitePage page = site.actions().visiblePage(user, id);
        Space space = site.store().space(page.spaceKey()).orElseThrow(() -> new NotFoundException("no space"));
        String body = StorageBody.replaceMacros(page.body(), call -> renderMacro(call, page, user, context.uiLanguage()));
        Responses.html(response, 200, Views.page(context, space, page, body, site.permissions().canEditPage(user, id)));
    }

    private String renderMacro(MacroCall call, SitePage page, UserRef user, String uiLanguage) {
        if (!StorageBody.JOURNEY_MAP_MACRO.equals(call.name())) {
            return Views.macroProblem("Unknown macro: " + call.name());
        }
        try {
            return macroView.render(new MacroInvocation(page.id(), page.spaceKey(), call.parameters(),
                    RenderMode.DISPLAY, user, uiLanguage, REST_BASE));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "journey map on page " + page.id() + " could not be rendered", e);
            return Views.macroProblem("The journey map could not be shown.");
        }
    }

    ViewContext context(HttpServletRequest request) {
        return new ViewContext(Requests.user(request), Requests.uiLanguage(request), Requests.path(request),
                site.baseUrl(), assets);
    }
}
