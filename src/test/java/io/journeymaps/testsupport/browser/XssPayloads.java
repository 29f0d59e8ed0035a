package io.journeymaps.testsupport.browser;

import java.util.List;

/**
 * Classic cross-site scripting payloads. Each one, if it ever ran, would set {@code window.jmXss}
 * (or open an alert): the tests look for both after the text was typed, saved and rendered.
 */
public final class XssPayloads {
    /** The window property a payload sets when it runs. */
    public static final String FLAG = "jmXss";

    public static final List<String> ALL = List.of(
            "<script>window.jmXss='script'</script>",
            "<img src=x onerror=\"window.jmXss='img'\">",
            "<svg onload=\"window.jmXss='svg'\"></svg>",
            "javascript:window.jmXss='js-url'",
            "<a href=\"javascript:window.jmXss='link'\">click</a>",
            "\"><img src=x onerror=window.jmXss='attr-break'>",
            "' onmouseover='window.jmXss=\"single-quote\"' x='",
            "</textarea><script>window.jmXss='textarea'</script>",
            "${window.jmXss='template-literal'}",
            "{{constructor.constructor(\"window.jmXss='angular'\")()}}",
            "<iframe src=\"javascript:parent.jmXss='iframe'\"></iframe>",
            "<details open ontoggle=\"window.jmXss='details'\">",
            "<math><mtext><table><mglyph><style><img src=x onerror=\"window.jmXss='mxss'\">",
            "<img src=x onerror=alert('xss')>");

    private XssPayloads() {
    }

    /** The payloads one after another, for fields that need several (cycled by index). */
    public static String at(int i) {
        return ALL.get(Math.floorMod(i, ALL.size()));
    }
}
