package io.journeymaps.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.journeymaps.testsupport.browser.BrowserSessions;
import io.journeymaps.testsupport.browser.MapPage;
import io.journeymaps.testsupport.browser.Waits;

/** Two editors on one map at once: both keep their work, see each other's, and a clash is shown. */
class CollaborationBrowserTest {
    @RegisterExtension
    static final DemoHost DEMO = new DemoHost();
    private static final AtomicInteger PAGES = new AtomicInteger();
    /** Other editors' changes appear "within a few seconds" (issue 3). */
    private static final Duration LIVE = Duration.ofSeconds(15);

    @RegisterExtension
    final BrowserSessions browsers = new BrowserSessions();

    @Test
    void twoSessions_editTheSameMapAtOnce_andBothKeepTheirWork() {
        long pageId = DEMO.rest().createPage("Two editors " + PAGES.incrementAndGet(), "awareness-to-advocacy", "en");
        JsonNode map = DEMO.rest().firstMapOf(pageId);
        long mapId = map.get("id").asLong();
        assertTrue(map.get("cards").size() >= 2, "the template has two cards");
        String first = map.get("cards").get(0).get("id").asText();
        String second = map.get("cards").get(1).get("id").asText();
        MapPage one = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "alice", pageId).assumeEditorInteractive();
        MapPage two = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "alice", pageId).assumeEditorInteractive();

        one.editCardText(first, "Edited in session one");
        two.editCardText(second, "Edited in session two");
        String stage = one.addStage("Stage from one");
        one.waitSaved();
        two.waitSaved();

        DEMO.rest().eventually(mapId, "both sessions' edits",
                m -> "Edited in session one".equals(MapsOverRest.cardText(m, first))
                        && "Edited in session two".equals(MapsOverRest.cardText(m, second))
                        && MapsOverRest.names(m, "stages").contains("Stage from one"));
        Waits.until("session one to show session two's edit without a reload", LIVE,
                () -> "Edited in session two".equals(one.cardText(second)), () -> one.cardText(second));
        Waits.until("session two to show session one's edit and stage without a reload", LIVE,
                () -> "Edited in session one".equals(two.cardText(first)) && two.stageIds().contains(stage),
                () -> two.cardText(first) + " / stages " + two.stageNames());
    }

    @Test
    void conflictingEdit_ofTheSameField_isShownWithBothValues() {
        long pageId = DEMO.rest().createPage("Conflict " + PAGES.incrementAndGet(), "awareness-to-advocacy", "en");
        JsonNode map = DEMO.rest().firstMapOf(pageId);
        long mapId = map.get("id").asLong();
        String card = MapsOverRest.cardsIn(map, MapsOverRest.laneOfType(map, "ACTIONS")).get(0).get("id").asText();
        MapPage page = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "alice", pageId).assumeEditorInteractive();

        // Start typing, let someone else store a different text meanwhile, then commit: a clash.
        WebElement editor = page.startEditing(page.card(card).findElement(By.cssSelector("[data-field=text]")),
                "the text of card " + card);
        page.replaceText(editor, "Mine: from the browser");
        DEMO.rest().apply(mapId, "[{\"type\":\"updateCard\",\"cardId\":\"" + card
                + "\",\"fields\":{\"text\":\"Theirs: from the other editor\"}}]");
        page.commit(editor);

        Waits.until("the conflict to be shown with both values", Duration.ofSeconds(20),
                () -> shownText(page).contains("Mine: from the browser")
                        && shownText(page).contains("Theirs: from the other editor")
                        && (!page.dialogs().isEmpty() || page.saveState().startsWith("Conflict")),
                () -> "save state " + page.saveState() + ", dialogs " + page.dialogs().size() + ": " + shownText(page));
        page.screenshot("conflict");
    }

    /** The map's text plus any dialog's (the conflict may be shown in either). */
    private static String shownText(MapPage page) {
        StringBuilder text = new StringBuilder(page.container().getText());
        page.dialogs().forEach(d -> text.append('\n').append(d.getText()));
        // values may sit in form fields rather than text
        page.driver().findElements(By.cssSelector("[role=dialog] input, [role=dialog] textarea"))
                .forEach(i -> text.append('\n').append(i.getAttribute("value")));
        return text.toString();
    }
}
