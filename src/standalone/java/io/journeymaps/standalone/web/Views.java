package io.journeymaps.standalone.web;

import static io.journeymaps.standalone.web.Html.escape;

import java.util.List;
import java.util.Map;

import io.journeymaps.standalone.site.DemoContent;
import io.journeymaps.standalone.site.SitePage;
import io.journeymaps.standalone.site.Space;

/** The site's pages: space directory, a space's page list, a page, and messages (404, 403, 400). */
final class Views {
    private Views() {
    }

    static String directory(ViewContext context, List<Space> spaces) {
        StringBuilder html = new StringBuilder();
        html.append(pageHeader("Spaces", ""));
        if (spaces.isEmpty()) {
            html.append(message("info", "No spaces to show",
                    context.user() == null ? "Choose a demo user in the header to see their spaces."
                            : "No space grants you access."));
        } else {
            html.append("<table class=\"aui\" id=\"space-directory\"><thead><tr><th>Space</th><th>Key</th>"
                    + "<th>Description</th></tr></thead><tbody>\n");
            for (Space space : spaces) {
                html.append("<tr><td><a href=\"/spaces/").append(escape(space.key())).append("\" dir=\"auto\">")
                        .append(escape(space.name())).append("</a></td><td>").append(escape(space.key()))
                        .append("</td><td dir=\"auto\">").append(escape(space.description())).append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        return Layout.render(context, "Spaces", Map.of(), "", html.toString());
    }

    static String space(ViewContext context, Space space, List<SitePage> pages, List<SitePage> trash, boolean canEdit,
                        boolean canAdmin, String notice) {
        StringBuilder html = new StringBuilder();
        html.append(breadcrumbs(space));
        String actions = canEdit ? "<a class=\"aui-button aui-button-primary\" href=\"#create-page\">Create page</a>" : "";
        html.append(pageHeader(space.name(), actions));
        if (notice != null) {
            html.append(message("success", notice, ""));
        }
        html.append("<p dir=\"auto\">").append(escape(space.description())).append("</p>\n");
        if (pages.isEmpty()) {
            html.append(message("info", "This space has no pages yet", ""));
        } else {
            html.append("<ul class=\"standalone-page-list\" id=\"page-list\">\n");
            for (SitePage page : pages) {
                html.append("<li><a href=\"/pages/").append(page.id()).append("\" dir=\"auto\">")
                        .append(escape(page.title())).append("</a></li>\n");
            }
            html.append("</ul>\n");
        }
        if (canEdit) {
            html.append(trashSection(trash));
            html.append(createForm(space));
        }
        if (canAdmin) {
            html.append(spaceTransfer(space));
        }
        return Layout.render(context, space.name(), meta("space-key", space.key(), "space-name", space.name()),
                canEdit ? createNav(space) : "", html.toString());
    }

    static String page(ViewContext context, Space space, SitePage page, String bodyHtml, boolean canEdit) {
        StringBuilder html = new StringBuilder();
        html.append(breadcrumbs(space));
        String actions = "";
        if (canEdit) {
            actions = "<form method=\"post\" action=\"/host/pages/" + page.id() + "/copy\" class=\"standalone-inline\">"
                    + "<button class=\"aui-button\" type=\"submit\" id=\"copy-page\">Copy page</button></form>"
                    + "<form method=\"post\" action=\"/host/pages/" + page.id() + "/delete\" class=\"standalone-inline\""
                    + " onsubmit=\"return confirm('Move this page to the trash?')\">"
                    + "<button class=\"aui-button\" type=\"submit\" id=\"delete-page\">Delete page</button></form>";
        }
        html.append(pageHeader(page.title(), actions));
        html.append("<div id=\"main-content\" class=\"wiki-content\">\n").append(bodyHtml).append("\n</div>\n");
        Map<String, String> meta = meta("page-id", String.valueOf(page.id()), "page-title", page.title(),
                "space-key", space.key(), "space-name", space.name());
        return Layout.render(context, page.title() + " - " + space.name(), meta,
                canEdit ? createNav(space) : "", html.toString());
    }

    /** The space's trash: restore a page with its maps, or purge it and them for good. */
    private static String trashSection(List<SitePage> trash) {
        StringBuilder html = new StringBuilder("<h2 id=\"trash\">Trash</h2>\n");
        if (trash.isEmpty()) {
            return html.append("<p id=\"trash-empty\">The trash is empty.</p>\n").toString();
        }
        html.append("<table class=\"aui\" id=\"trash-list\"><thead><tr><th>Page</th><th>Actions</th></tr></thead><tbody>\n");
        for (SitePage page : trash) {
            html.append("<tr data-page-id=\"").append(page.id()).append("\"><td dir=\"auto\">").append(escape(page.title()))
                    .append("</td><td><form method=\"post\" action=\"/host/pages/").append(page.id())
                    .append("/restore\" class=\"standalone-inline\"><button class=\"aui-button\" type=\"submit\"")
                    .append(" id=\"restore-page-").append(page.id()).append("\">Restore</button></form>")
                    .append("<form method=\"post\" action=\"/host/pages/").append(page.id())
                    .append("/purge\" class=\"standalone-inline\" onsubmit=\"return confirm('Purge this page and its")
                    .append(" journey maps for good?')\"><button class=\"aui-button\" type=\"submit\" id=\"purge-page-")
                    .append(page.id()).append("\">Purge</button></form></td></tr>\n");
        }
        return html.append("</tbody></table>\n").toString();
    }

    static String problem(ViewContext context, String title, String detail) {
        String html = pageHeader(title, "") + message("error", title, detail)
                + "<p><a href=\"/\">Go to the space directory</a></p>";
        return Layout.render(context, title, Map.of(), "", html);
    }

    /** What the page shows where a macro failed or is unknown to this host. */
    static String macroProblem(String text) {
        return message("warning", text, "");
    }

    /** Meta data in the order given (names and values alternate). */
    private static Map<String, String> meta(String... namesAndValues) {
        Map<String, String> meta = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            meta.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return meta;
    }

    private static String createNav(Space space) {
        return "<li><a class=\"aui-button aui-button-primary\" id=\"create-page-button\" href=\"/spaces/"
                + escape(space.key()) + "#create-page\">Create page</a></li>";
    }

    private static String createForm(Space space) {
        StringBuilder html = new StringBuilder();
        html.append("<h2 id=\"create-page\">Create a page with a journey map</h2>\n")
                .append("<form class=\"aui\" method=\"post\" action=\"/host/pages\">\n")
                .append("<input type=\"hidden\" name=\"spaceKey\" value=\"").append(escape(space.key())).append("\">\n")
                .append("<div class=\"field-group\"><label for=\"new-title\">Title</label>")
                .append("<input class=\"text\" id=\"new-title\" name=\"title\" required maxlength=\"255\" dir=\"auto\"></div>\n")
                .append("<div class=\"field-group\"><label for=\"new-template\">Template</label>")
                .append("<select class=\"select\" id=\"new-template\" name=\"template\">")
                .append("<option value=\"\">Choose in the editor</option>");
        for (String template : DemoContent.TEMPLATES) {
            html.append("<option value=\"").append(escape(template)).append("\">").append(escape(template)).append("</option>");
        }
        html.append("</select></div>\n<div class=\"field-group\"><label for=\"new-language\">Language</label>")
                .append("<select class=\"select\" id=\"new-language\" name=\"language\">");
        for (String language : DemoContent.LANGUAGES) {
            html.append("<option value=\"").append(language).append("\">").append(escape(Layout.languageName(language)))
                    .append("</option>");
        }
        html.append("</select></div>\n<div class=\"buttons-container\"><div class=\"buttons\">")
                .append("<button class=\"aui-button aui-button-primary\" type=\"submit\">Create</button></div></div>\n")
                .append("</form>\n");
        return html.toString();
    }

    /** Space admins: export the space's journey-map data, import a file after a dry run (space-transfer.js). */
    private static String spaceTransfer(Space space) {
        String rest = SiteServlet.REST_BASE + "/spaces/" + escape(space.key());
        return "<section id=\"space-transfer\" data-import-url=\"" + rest + "/import\">\n"
                + "<h2>Journey maps data</h2>\n"
                + "<p>Confluence's space export does not include journey maps: move them with these files.</p>\n"
                + "<p><a class=\"aui-button\" id=\"export-journey-maps\" href=\"" + rest + "/export\" download>"
                + "Export journey maps</a></p>\n"
                + "<div class=\"field-group\"><label for=\"import-file\">Import journey maps</label>"
                + "<input type=\"file\" id=\"import-file\" accept=\"application/json,.json\">"
                + "<div class=\"description\">Maps go to the pages of the same titles in this space. The file is checked "
                + "first and nothing is written until you confirm.</div></div>\n"
                + "<p><button class=\"aui-button\" type=\"button\" id=\"import-check\">Check file</button> "
                + "<button class=\"aui-button aui-button-primary\" type=\"button\" id=\"import-confirm\" hidden style=\"display:none\">"
                + "Import</button></p>\n"
                + "<div id=\"import-report\" aria-live=\"polite\"></div>\n"
                + "<script src=\"/host/static/space-transfer.js\" defer></script>\n"
                + "</section>\n";
    }

    private static String breadcrumbs(Space space) {
        return "<ol class=\"aui-nav aui-nav-breadcrumbs\" id=\"breadcrumbs\"><li><a href=\"/\">Spaces</a></li>"
                + "<li><a href=\"/spaces/" + escape(space.key()) + "\" dir=\"auto\">" + escape(space.name())
                + "</a></li></ol>\n";
    }

    private static String pageHeader(String title, String actionsHtml) {
        return "<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\">"
                + "<div class=\"aui-page-header-main\"><h1 id=\"title-text\" dir=\"auto\">" + escape(title) + "</h1></div>"
                + (actionsHtml.isEmpty() ? "" : "<div class=\"aui-page-header-actions\"><div class=\"aui-buttons\">"
                + actionsHtml + "</div></div>")
                + "</div></header>\n";
    }

    private static String message(String type, String title, String detail) {
        return "<div class=\"aui-message aui-message-" + type + "\" role=\"" + ("error".equals(type) ? "alert" : "status")
                + "\"><p class=\"title\"><strong>" + escape(title) + "</strong></p>"
                + (detail.isEmpty() ? "" : "<p>" + escape(detail) + "</p>") + "</div>\n";
    }
}
