package io.journeymaps.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import io.journeymaps.testsupport.browser.BrowserSessions;
import io.journeymaps.testsupport.browser.MapPage;
import io.journeymaps.testsupport.browser.Waits;

/** Page lifecycle end to end: a page copied in the site gets its own map; editing it leaves the original's alone. */
class PageCopyBrowserTest {
    @RegisterExtension
    static final DemoHost DEMO = new DemoHost();
    private static final Pattern PAGE_URL = Pattern.compile(".*/pages/([0-9]+)$");

    @RegisterExtension
    final BrowserSessions browsers = new BrowserSessions();

    @Test
    void copiedPage_showsItsOwnMap_andEditingItLeavesTheOriginalUnchanged() {
        long originalPage = DEMO.rest().createPage("Journey to copy", "awareness-to-advocacy", "en");
        JsonNode originalMap = DEMO.rest().firstMapOf(originalPage);
        long originalMapId = originalMap.get("id").asLong();
        String actions = MapsOverRest.laneOfType(originalMap, "ACTIONS");
        String originalCard = MapsOverRest.cardsIn(originalMap, actions).get(0).get("id").asText();
        String originalText = MapsOverRest.cardText(originalMap, originalCard);

        ChromeDriver driver = browsers.open();
        MapPage original = MapPage.open(driver, DEMO.host().baseUrl(), "alice", originalPage).assumeEditorInteractive();
        assertEquals(originalMapId, original.requireMapId());
        driver.findElement(By.id("copy-page")).click();
        Waits.until("the browser to land on the copy", () -> copyId(driver) > 0 && copyId(driver) != originalPage,
                driver::getCurrentUrl);
        long copyPage = copyId(driver);

        MapPage copy = MapPage.open(driver, DEMO.host().baseUrl(), "alice", copyPage).assumeEditorInteractive();
        long copyMapId = copy.requireMapId();
        assertNotEquals(originalMapId, copyMapId, "the copy has its own map");
        List<Long> mapsOfCopy = DEMO.rest().mapsOfPage(copyPage);
        assertEquals(List.of(copyMapId), mapsOfCopy);
        JsonNode forked = DEMO.rest().map(copyMapId);
        String copyCard = MapsOverRest.cardsIn(forked, MapsOverRest.laneOfType(forked, "ACTIONS")).get(0).get("id").asText();
        assertEquals(originalText, copy.cardText(copyCard), "the copy starts with the original's content");

        copy.editCardText(copyCard, "Only in the copy").waitSaved();
        DEMO.rest().eventually(copyMapId, "the copy's new text",
                m -> "Only in the copy".equals(MapsOverRest.cardText(m, copyCard)));

        MapPage again = MapPage.open(driver, DEMO.host().baseUrl(), "alice", originalPage).assumeEditorInteractive();
        assertEquals(originalMapId, again.requireMapId());
        assertEquals(originalText, again.cardText(originalCard));
        assertTrue(again.cardIds().stream().noneMatch(id -> id.equals(copyCard)));
        assertEquals(originalText, MapsOverRest.cardText(DEMO.rest().map(originalMapId), originalCard));
        again.screenshot("copied-page-original");
    }

    private static long copyId(ChromeDriver driver) {
        Matcher m = PAGE_URL.matcher(driver.getCurrentUrl());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }
}
