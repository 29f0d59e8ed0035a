package io.journeymaps.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.journeymaps.testsupport.browser.BrowserSessions;
import io.journeymaps.testsupport.browser.MapPage;
import io.journeymaps.testsupport.browser.Screenshots;

/**
 * The Arabic template is laid out right to left, its first stage at the right; the English one left
 * to right. Screenshots of both go to target/screenshots (ltr-*.png, rtl-*.png).
 */
class RightToLeftBrowserTest {
    @RegisterExtension
    static final DemoHost DEMO = new DemoHost();
    private static long arabicPage;
    private static long englishPage;

    @RegisterExtension
    final BrowserSessions browsers = new BrowserSessions();

    @BeforeAll
    static void startHost() throws Exception {
        arabicPage = DEMO.rest().createPage("Arabic journey", "pre-purchase-purchase-post-purchase", "ar");
        englishPage = DEMO.rest().createPage("English journey", "pre-purchase-purchase-post-purchase", "en");
    }

    @Test
    void arabicTemplate_staticView_isRightToLeft_withTheFirstStageAtTheRight() {
        JsonNode map = DEMO.rest().firstMapOf(arabicPage);
        assertEquals("RTL", map.get("direction").asText());
        MapPage page = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "alice", "ar", arabicPage);

        assertEquals("rtl", page.attribute("dir"), page.describe());
        assertEquals("rtl", page.js("return getComputedStyle(arguments[0]).direction;", page.container()));
        List<WebElement> stages = stageHeaders(page);
        assertTrue(stages.size() >= 2, "the template has several stages: " + page.describe());
        assertEquals(MapsOverRest.names(map, "stages").get(0), name(stages.get(0)), "DOM order follows the stages");
        assertTrue(stages.get(0).getRect().getX() > stages.get(1).getRect().getX(),
                "the first stage is right of the second: " + stages.get(0).getRect() + " vs " + stages.get(1).getRect());
        page.screenshot("rtl-arabic-map");
    }

    @Test
    void englishTemplate_isLeftToRight_withTheFirstStageAtTheLeft() {
        MapPage page = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "alice", englishPage);

        assertEquals("ltr", page.attribute("dir"));
        List<WebElement> stages = stageHeaders(page);
        assertTrue(stages.get(0).getRect().getX() < stages.get(1).getRect().getX(),
                "the first stage is left of the second");
        page.screenshot("ltr-english-map");
    }

    @Test
    void arabicTemplate_inTheLiveEditor_mirrorsTheGrid() {
        MapPage page = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "alice", "ar", arabicPage).assumeEditorInteractive();

        assertEquals("rtl", page.js("return getComputedStyle(arguments[0]).direction;", page.grid()));
        List<String> stageIds = page.stageIds();
        WebElement first = page.stageHeader(stageIds.get(0));
        WebElement second = page.stageHeader(stageIds.get(1));
        assertTrue(first.getRect().getX() > second.getRect().getX(), "the first stage is at the right");
        List<String> steps = page.stepIds();
        assertTrue(page.stepHeader(steps.get(0)).getRect().getX() > page.stepHeader(steps.get(1)).getRect().getX(),
                "the first step is at the right");
        assertEquals("rtl", page.attribute("dir"));
        page.screenshot("rtl-arabic-editor");

        MapPage english = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "alice", englishPage).assumeEditorInteractive();
        List<String> englishStages = english.stageIds();
        assertTrue(english.stageHeader(englishStages.get(0)).getRect().getX()
                < english.stageHeader(englishStages.get(1)).getRect().getX(), "English: the first stage at the left");
        english.screenshot("ltr-english-editor");
        assertTrue(Screenshots.FOLDER.resolve("rtl-arabic-editor.png").toFile().isFile());
    }

    /** Stage headers of the live grid when it is there, else of the static table. */
    private static List<WebElement> stageHeaders(MapPage page) {
        List<WebElement> live = page.container().findElements(By.cssSelector("[data-stage-id][role=columnheader]"));
        return live.isEmpty() ? page.container().findElements(By.cssSelector("th.jm-stage")) : live;
    }

    private static String name(WebElement header) {
        return header.findElements(By.cssSelector("[data-field=name]")).stream().findFirst().orElse(header)
                .getText().strip();
    }
}
