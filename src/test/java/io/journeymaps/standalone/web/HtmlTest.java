package io.journeymaps.standalone.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escape_coversTextAndAttributes() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
                Html.escape("<a href=\"x\" title='y'>&</a>"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void unescape_reversesEscape() {
        String text = "Tom & Jerry's <\"show\"> &amp;";
        assertEquals(text, Html.unescape(Html.escape(text)));
    }
}
