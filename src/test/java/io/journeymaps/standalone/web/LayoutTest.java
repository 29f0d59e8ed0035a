package io.journeymaps.standalone.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.journeymaps.standalone.site.DemoUsers;

class LayoutTest {
    private static final List<String> AUI_FOLDER = List.of("/aui/aui-prototyping-browserfocus.css",
            "/aui/aui-prototyping-design-tokens-compatibility.css", "/aui/aui-prototyping.css",
            "/aui/aui-prototyping.nodeps.css");

    @Test
    void neededAuiStylesheets_keepsOnlyTheCompleteAuiOnce() {
        assertEquals(List.of("/aui/aui-prototyping.css"), Assets.neededAuiStylesheets(AUI_FOLDER));
        assertEquals(List.of(), Assets.neededAuiStylesheets(List.of("/aui/aui-prototyping.nodeps.css")),
                "no AUI build: the host's own stylesheet alone");
    }

    @Test
    void render_linksEachStylesheetOnceAndAnIcon() {
        String html = page(new Assets(Assets.neededAuiStylesheets(AUI_FOLDER), true, true));

        List<String> links = matches(html, "<link rel=\"stylesheet\" href=\"([^\"]+)\">");
        assertEquals(List.of("/aui/aui-prototyping.css", Assets.SITE_STYLESHEET, Assets.EDITOR_STYLESHEET), links);
        assertTrue(html.contains("<link rel=\"icon\" href=\"/host/static/favicon.svg\" type=\"image/svg+xml\">"), html);
        assertTrue(StaticFilesServlet.exists(StaticFilesServlet.classpath("standalone/static"), "favicon.svg"),
                "the icon the pages link to is served");
    }

    @Test
    void render_headerSwitchersAreLabelledCompactSelectsOutsideAuiForms() {
        String html = page(new Assets(List.of(), false, false));

        for (String id : List.of("switch-language", "switch-user")) {
            assertTrue(html.contains("<label class=\"standalone-switcher-label\" for=\"" + id + "\">"), html);
            assertTrue(html.contains("<select class=\"standalone-switcher-select\" id=\"" + id + "\""), html);
        }
        // AUI's form layout floats field labels into a gutter: that put "User" over the language select.
        assertFalse(html.contains("<form class=\"aui standalone-switcher\""), html);
        assertTrue(html.contains("<option value=\"alice\" selected>Alice Adams (alice)</option>"), html);
        assertTrue(html.contains("<option value=\"ar\">العربية</option>"), html);
        assertTrue(html.contains("class=\"aui-header-logo aui-header-logo-textonly\""), "logo text visible with AUI");
    }

    private static String page(Assets assets) {
        ViewContext context = new ViewContext(DemoUsers.ALICE, "en", "/pages/1", "http://127.0.0.1:1", assets);
        return Layout.render(context, "Title", Map.of(), "", "<p>content</p>");
    }

    private static List<String> matches(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
