package io.journeymaps.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.journeymaps.testsupport.browser.BrowserSessions;
import io.journeymaps.testsupport.browser.MapPage;
import io.journeymaps.testsupport.browser.Waits;

/**
 * History end to end: alice edits a card, opens History, previews and compares the revision before
 * her edit, restores it; the map shows the earlier text at once, still after a reload, and the
 * history lists the restore.
 */
class HistoryBrowserTest {
    @RegisterExtension
    static final DemoHost DEMO = new DemoHost();

    @RegisterExtension
    final BrowserSessions browsers = new BrowserSessions();

    private static final String REVISIONS = ".jm-history [role=option][data-version]";

    @Test
    void restoreEarlierRevision_showsItsText_afterReloadToo_andIsListed() {
        long pageId = DEMO.rest().createPage("History", "awareness-to-advocacy", "en");
        JsonNode map = DEMO.rest().firstMapOf(pageId);
        long mapId = map.get("id").asLong();
        List<JsonNode> actions = MapsOverRest.cardsIn(map, MapsOverRest.laneOfType(map, "ACTIONS"));
        assertTrue(!actions.isEmpty(), "the template has a card in its ACTIONS lane");
        String card = actions.get(0).get("id").asText();
        String original = MapsOverRest.cardText(map, card);
        MapPage page = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "alice", pageId).assumeEditorInteractive();

        page.editCardText(card, "Edited before the restore").waitSaved();
        DEMO.rest().eventually(mapId, "the edited text", m -> "Edited before the restore".equals(MapsOverRest.cardText(m, card)));

        page.clickButton("History");
        Waits.until("at least two revisions in the history list", () -> revisions(page).size() >= 2,
                () -> revisions(page).stream().map(WebElement::getText).toList().toString());
        WebElement earlier = revisions(page).get(revisions(page).size() - 1);
        String version = earlier.getAttribute("data-version");
        earlier.click();
        Waits.until("the preview of version " + version, () -> text(page, ".jm-history-view-title").equals("Version " + version + " — preview"),
                () -> text(page, ".jm-history-view"));
        page.screenshot("history-preview");

        WebElement history = page.driver().findElement(By.cssSelector(".jm-history"));
        page.buttonIn(history, "Compare").orElseThrow(() -> new AssertionError("no \"Compare\" button")).click();
        Waits.until("the edited card marked as changed in the comparison",
                () -> "changed".equals(attribute(page, ".jm-history-view [data-card-id=\"" + card + "\"]", "data-diff")),
                () -> text(page, ".jm-history-view"));
        assertTrue(text(page, ".jm-diff-counts").contains("Cards: 0 added, 1 changed, 0 removed"), text(page, ".jm-diff-counts"));
        page.screenshot("history-compare");

        WebElement restore = page.buttonIn(history, "Restore this version")
                .orElseThrow(() -> new AssertionError("no \"Restore this version\" button for alice"));
        restore.click();
        WebElement confirm = page.dialogs().get(page.dialogs().size() - 1);
        assertEquals("Restore version " + version + "?", confirm.findElement(By.cssSelector("h2")).getText().strip());
        page.buttonIn(confirm, "Restore version " + version).orElseThrow().click();

        Waits.until("the map to show the restored text", () -> original.equals(page.cardText(card)), () -> page.cardText(card));
        Waits.until("the flag \"Restored version " + version + "\"",
                () -> text(page, ".jm-flag").contains("Restored version " + version), () -> text(page, ".jm-flag"));
        DEMO.rest().eventually(mapId, "the restored text", m -> original.equals(MapsOverRest.cardText(m, card)));

        page.reload().assumeEditorInteractive();
        assertEquals(original, page.cardText(card), "the restored text after a reload");

        page.clickButton("History");
        Waits.until("the restore at the top of the history", () -> !revisions(page).isEmpty()
                        && revisions(page).get(0).getText().contains("Restored version " + version),
                () -> revisions(page).stream().map(WebElement::getText).toList().toString());
        page.screenshot("history-after-restore");
    }

    private static List<WebElement> revisions(MapPage page) {
        return page.driver().findElements(By.cssSelector(REVISIONS));
    }

    private static String attribute(MapPage page, String selector, String name) {
        return page.driver().findElements(By.cssSelector(selector)).stream().findFirst().map(e -> e.getAttribute(name)).orElse(null);
    }

    private static String text(MapPage page, String selector) {
        return page.driver().findElements(By.cssSelector(selector)).stream().map(e -> e.getText().strip())
                .reduce((a, b) -> a + " | " + b).orElse("");
    }
}
