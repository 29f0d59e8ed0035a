package io.journeymaps.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import io.journeymaps.testsupport.browser.BrowserSessions;
import io.journeymaps.testsupport.browser.MapPage;
import io.journeymaps.testsupport.browser.Waits;

/**
 * Comments in context, end to end: bob (a reader) comments on a pain point; alice, whose editor is
 * already open, sees the badge and the thread appear without a reload and resolves it; bob's panel
 * then lists it under Resolved.
 */
class CommentsBrowserTest {
    @RegisterExtension
    static final DemoHost DEMO = new DemoHost();
    /** Comments by others appear "like other map changes": within a few polls. */
    private static final Duration LIVE = Duration.ofSeconds(15);
    private static final String PAIN_CARD = "e2e-pain-1";

    @RegisterExtension
    final BrowserSessions browsers = new BrowserSessions();

    @Test
    void readerComments_onAPainPoint_editorSeesItLive_resolves_andTheReaderSeesItResolved() {
        long pageId = DEMO.rest().createPage("Commented journey", "awareness-to-advocacy", "en");
        JsonNode map = DEMO.rest().firstMapOf(pageId);
        long mapId = map.get("id").asLong();
        String painLane = MapsOverRest.laneOfType(map, "PAIN_POINTS");
        String step = MapsOverRest.stepIds(map).get(0);
        DEMO.rest().apply(mapId, "[{\"type\":\"addCard\",\"cardId\":\"" + PAIN_CARD + "\",\"laneId\":\"" + painLane
                + "\",\"stepId\":\"" + step + "\",\"index\":0,\"fields\":{\"text\":\"Checkout is slow\",\"severity\":\"HIGH\"}}]");

        MapPage alice = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "alice", pageId).assumeEditorInteractive();
        alice.js("window.__jmNoReload = true;");
        MapPage bob = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "bob", pageId).assumeEditorInteractive();

        // bob: the card's Comment action (shown on hover or focus) opens the panel with a box for it.
        WebElement commentAction = waitFor(bob, "[data-card-id='" + PAIN_CARD + "'] [data-action=comment]", "bob's Comment action on the card");
        new Actions(bob.driver()).moveToElement(bob.card(PAIN_CARD)).perform();
        bob.js("arguments[0].focus(); arguments[0].click();", commentAction);
        WebElement box = waitFor(bob, ".jm-comments-panel textarea", "the new comment box");
        box.sendKeys("Took me 40 minutes.\nSee https://example.com/checkout");
        bob.container().findElement(By.cssSelector(".jm-comments-panel [data-action=send-comment]")).click();
        Waits.until("bob's thread in his panel", LIVE, () -> panelText(bob).contains("Took me 40 minutes."), () -> panelText(bob));

        // alice: badge and thread appear without a reload.
        Waits.until("the comment badge on alice's card", LIVE,
                () -> badgeLabel(alice).equals("1 comment"), () -> "badge: '" + badgeLabel(alice) + "'");
        assertEquals(Boolean.TRUE, alice.js("return window.__jmNoReload === true;"), "alice's page was not reloaded");
        alice.card(PAIN_CARD).findElement(By.cssSelector(".jm-comment-badge")).click();
        WebElement thread = waitFor(alice, ".jm-comments-panel .jm-thread", "the thread in alice's panel");
        assertTrue(thread.getText().contains("Bob Brown"), thread.getText());
        assertTrue(thread.getText().contains("on card “Checkout is slow”"), thread.getText());
        WebElement link = thread.findElement(By.cssSelector(".jm-comment-body a"));
        assertEquals("https://example.com/checkout", link.getAttribute("href"));
        thread.findElement(By.cssSelector("[data-action=resolve]")).click();
        Waits.until("the badge to go once resolved", LIVE,
                () -> alice.card(PAIN_CARD).findElements(By.cssSelector(".jm-comment-badge")).isEmpty(), () -> badgeLabel(alice));

        // bob: his open panel follows; the Resolved filter lists the thread.
        Waits.until("bob's panel to count the thread as resolved", LIVE,
                () -> filterText(bob, "resolved").equals("Resolved (1)"), () -> filterText(bob, "resolved"));
        bob.container().findElement(By.cssSelector("[data-filter=resolved]")).click();
        List<WebElement> resolved = bob.container().findElements(By.cssSelector(".jm-comments-panel .jm-thread[data-resolved=true]"));
        assertEquals(1, resolved.size(), panelText(bob));
        assertTrue(resolved.get(0).getText().contains("Took me 40 minutes."), resolved.get(0).getText());
        assertEquals("Open (0)", filterText(bob, "open"));
        bob.screenshot("comments-resolved");
    }

    private static WebElement waitFor(MapPage page, String css, String what) {
        Waits.until(what, LIVE, () -> !page.container().findElements(By.cssSelector(css)).isEmpty(), page::describe);
        return page.container().findElement(By.cssSelector(css));
    }

    private static String badgeLabel(MapPage page) {
        List<WebElement> badges = page.card(PAIN_CARD).findElements(By.cssSelector(".jm-comment-badge"));
        return badges.isEmpty() ? "" : String.valueOf(badges.get(0).getAttribute("aria-label"));
    }

    private static String filterText(MapPage page, String filter) {
        List<WebElement> b = page.container().findElements(By.cssSelector("[data-filter=" + filter + "]"));
        return b.isEmpty() ? "" : b.get(0).getText();
    }

    private static String panelText(MapPage page) {
        List<WebElement> p = page.container().findElements(By.cssSelector(".jm-comments-panel"));
        return p.isEmpty() ? "" : p.get(0).getText();
    }
}
