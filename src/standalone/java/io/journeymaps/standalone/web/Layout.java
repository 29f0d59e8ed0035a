package io.journeymaps.standalone.web;

import static io.journeymaps.standalone.web.Html.escape;

import java.util.LinkedHashMap;
import java.util.Map;

import io.journeymaps.standalone.site.DemoContent;
import io.journeymaps.standalone.site.DemoUser;
import io.journeymaps.standalone.site.DemoUsers;

/** The Confluence-like chrome around every page: head, meta data, header with the switchers. */
final class Layout {
    static final String SITE_NAME = "Journey Maps demo";

    private Layout() {
    }

    /**
     * @param meta        extra {@code ajs-*} meta data (page id, space key)
     * @param primaryNav  extra items of the header's primary navigation, already HTML
     * @param contentHtml the page content, already HTML
     */
    static String render(ViewContext context, String title, Map<String, String> meta, String primaryNav,
                         String contentHtml) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(context.uiLanguage())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append(" - ").append(SITE_NAME).append("</title>\n")
                .append("<link rel=\"icon\" href=\"").append(Assets.FAVICON).append("\" type=\"image/svg+xml\">\n");
        allMeta(context, meta).forEach((name, value) -> html.append("<meta name=\"ajs-").append(escape(name))
                .append("\" content=\"").append(escape(value)).append("\">\n"));
        for (String stylesheet : context.assets().auiStylesheets()) {
            html.append("<link rel=\"stylesheet\" href=\"").append(escape(stylesheet)).append("\">\n");
        }
        html.append("<link rel=\"stylesheet\" href=\"").append(Assets.SITE_STYLESHEET).append("\">\n");
        if (context.assets().editorStylesheet()) {
            html.append("<link rel=\"stylesheet\" href=\"").append(Assets.EDITOR_STYLESHEET).append("\">\n");
        }
        if (context.assets().editorScript()) {
            html.append("<script src=\"").append(Assets.EDITOR_SCRIPT).append("\" defer></script>\n");
        }
        html.append("</head>\n<body class=\"aui-layout aui-theme-default\">\n<div id=\"page\">\n")
                .append(header(context, primaryNav))
                .append("<div id=\"main\" class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">\n")
                .append("<section class=\"aui-page-panel-content\" id=\"content\">\n")
                .append(contentHtml)
                .append("\n</section>\n</div></div>\n")
                .append("<footer id=\"footer\" class=\"standalone-footer\">Standalone demo host of Journey Maps for "
                        + "Confluence. Demo users' passwords equal their names: never expose this host.</footer>\n")
                .append("</div>\n</body>\n</html>\n");
        return html.toString();
    }

    private static Map<String, String> allMeta(ViewContext context, Map<String, String> extra) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("context-path", "");
        meta.put("base-url", context.baseUrl());
        DemoUser user = context.user();
        meta.put("remote-user", user == null ? "" : user.name());
        meta.put("remote-user-key", user == null ? "" : user.name());
        meta.put("current-user-fullname", user == null ? "" : user.displayName());
        meta.put("user-locale", context.locale());
        meta.putAll(extra);
        return meta;
    }

    private static String header(ViewContext context, String primaryNav) {
        StringBuilder html = new StringBuilder();
        html.append("<header id=\"header\" role=\"banner\">\n")
                .append("<nav class=\"aui-header\" aria-label=\"Site\">\n<div class=\"aui-header-inner\">\n")
                .append("<div class=\"aui-header-primary\">\n")
                .append("<span id=\"logo\" class=\"aui-header-logo aui-header-logo-textonly\"><a href=\"/\">")
                .append("<span class=\"aui-header-logo-device\">").append(SITE_NAME).append("</span></a></span>\n")
                .append("<ul class=\"aui-nav\"><li><a href=\"/\">Spaces</a></li>").append(primaryNav).append("</ul>\n")
                .append("</div>\n<div class=\"aui-header-secondary\">\n<ul class=\"aui-nav\">\n");
        StringBuilder languages = new StringBuilder();
        for (String language : DemoContent.LANGUAGES) {
            languages.append(option(language, languageName(language), language.equals(context.uiLanguage())));
        }
        html.append(switcher(context, "/host/switch-language", "switch-language", "language", "Language",
                languages.toString()));
        StringBuilder users = new StringBuilder(option("", "Anonymous", context.user() == null));
        for (DemoUser user : DemoUsers.all()) {
            users.append(option(user.name(), user.displayName() + " (" + user.name() + ")",
                    context.user() != null && user.name().equals(context.user().name())));
        }
        html.append(switcher(context, "/host/switch-user", "switch-user", "user", "User", users.toString()))
                .append("</ul>\n</div>\n</div>\n</nav>\n</header>\n");
        return html.toString();
    }

    /** A compact labelled select that posts itself on change (a button without JavaScript). */
    private static String switcher(ViewContext context, String action, String id, String name, String label,
                                   String optionsHtml) {
        return "<li><form class=\"standalone-switcher\" method=\"post\" action=\"" + action + "\">"
                + "<input type=\"hidden\" name=\"returnTo\" value=\"" + escape(context.path()) + "\">"
                + "<label class=\"standalone-switcher-label\" for=\"" + id + "\">" + label + "</label>"
                + "<select class=\"standalone-switcher-select\" id=\"" + id + "\" name=\"" + name
                + "\" onchange=\"this.form.submit()\">" + optionsHtml + "</select>"
                + "<noscript><button class=\"aui-button aui-button-compact\" type=\"submit\">Switch</button></noscript>"
                + "</form></li>\n";
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + escape(value) + "\"" + (selected ? " selected" : "") + ">" + escape(label) + "</option>";
    }

    static String languageName(String language) {
        return switch (language) {
            case "ar" -> "العربية";
            case "fa" -> "فارسی";
            default -> "English";
        };
    }
}
