package io.journeymaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EscapingReferenceHandlerTest {
    private final EscapingReferenceHandler handler = new EscapingReferenceHandler();

    @Test
    void referenceInsert_escapesEverythingIncludingSingleQuotes() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;",
                handler.referenceInsert(null, "$card.text", "<a href=\"x\" title='y'>&"));
        assertEquals("42", handler.referenceInsert(null, "$n", 42));
    }

    @Test
    void referenceInsert_leavesOnlyHtmlSuffixedNamesAlone() {
        assertEquals("<b>", handler.referenceInsert(null, "$card.bodyHtml", "<b>"));
        assertTrue(EscapingReferenceHandler.isTrustedHtml("${card.bodyHtml}"));
        assertTrue(EscapingReferenceHandler.isTrustedHtml("$!bodyHtml"));
        assertTrue(EscapingReferenceHandler.isTrustedHtml("$x.renderHtml()"));
        assertFalse(EscapingReferenceHandler.isTrustedHtml("$cardHtml.text"));
        assertFalse(EscapingReferenceHandler.isTrustedHtml("$l.get('fooHtml')"));
        assertFalse(EscapingReferenceHandler.isTrustedHtml("$html"));
    }

    @Test
    void isSafeLink_acceptsOnlyAbsoluteHttp() {
        assertTrue(Html.isSafeLink("https://example.com/x"));
        assertTrue(Html.isSafeLink("HTTP://example.com"));
        assertFalse(Html.isSafeLink("javascript:alert(1)"));
        assertFalse(Html.isSafeLink("data:text/html,x"));
        assertFalse(Html.isSafeLink("//evil.example"));
        assertFalse(Html.isSafeLink("https://"));
        assertFalse(Html.isSafeLink("https://a\nb"));
        assertFalse(Html.isSafeLink(null));
    }
}
