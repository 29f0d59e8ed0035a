package io.journeymaps.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import io.journeymaps.testsupport.browser.BrowserSessions;
import io.journeymaps.testsupport.browser.MapPage;
import io.journeymaps.testsupport.browser.TableView;
import io.journeymaps.testsupport.browser.Waits;
import io.journeymaps.testsupport.browser.XssPayloads;
import io.journeymaps.testsupport.http.ApiResponse;

/**
 * Script injection through every editable field: stored over REST or typed in the editor, the
 * classic payloads of {@link XssPayloads} show up as text and run nothing, for editors and viewers,
 * in the static view, the live grid and the table view.
 */
class XssBrowserTest {
    @RegisterExtension
    static final DemoHost DEMO = new DemoHost();
    private static final AtomicInteger PAGES = new AtomicInteger();
    /** Script-capable markup that must never come out of user text. */
    private static final String ACTIVE_MARKUP = "script, iframe, object, embed, [onerror], [onload], [onmouseover],"
            + " [ontoggle], [onclick], [onfocus]";

    @RegisterExtension
    final BrowserSessions browsers = new BrowserSessions();

    @Test
    void payloads_atLeastTenClassics_eachSettingTheFlag() {
        assertTrue(XssPayloads.ALL.size() >= 10);
        XssPayloads.ALL.forEach(p -> assertTrue(p.contains(XssPayloads.FLAG) || p.contains("alert("), p));
    }

    @Test
    void payloadsStoredInEveryField_renderAsText_andRunNothing_forEditorAndViewer() {
        long pageId = DEMO.rest().createPage("XSS stored " + PAGES.incrementAndGet(), "awareness-to-advocacy", "en");
        JsonNode map = DEMO.rest().firstMapOf(pageId);
        long mapId = map.get("id").asLong();
        List<String> shown = storePayloadsEverywhere(map, mapId);

        for (String user : List.of("alice", "bob")) {
            MapPage page = MapPage.open(browsers.open(), DEMO.host().baseUrl(), user, pageId);
            page.waitEditorRunning();
            Waits.quietly(Duration.ofSeconds(3), page::isInteractive);
            hoverCards(page);

            assertNothingRan(page, user + " viewing stored payloads");
            assertNoActiveMarkup(page, user);
            String text = page.container().getText();
            for (String payload : shown) {
                assertTrue(text.contains(payload), user + " should see the payload as text: " + payload);
            }
            page.screenshot("xss-stored-" + user);
        }
    }

    @Test
    void payloadsTypedIntoEditableFields_renderAsText_andRunNothing() {
        long pageId = DEMO.rest().createPage("XSS typed " + PAGES.incrementAndGet(), "awareness-to-advocacy", "en");
        JsonNode map = DEMO.rest().firstMapOf(pageId);
        long mapId = map.get("id").asLong();
        MapPage page = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "alice", pageId).assumeEditorInteractive();
        int n = 0;
        List<String> cardIds = new ArrayList<>();
        map.get("cards").forEach(c -> cardIds.add(c.get("id").asText()));

        // Card texts: every payload at least once.
        for (int i = 0; i < Math.max(XssPayloads.ALL.size(), Math.min(cardIds.size(), 20)) && i < cardIds.size(); i++) {
            page.editCardText(cardIds.get(i), XssPayloads.at(n++));
            assertNothingRan(page, "after typing into card " + cardIds.get(i));
        }
        // Stage, step and lane names.
        for (String stage : page.stageIds()) {
            page.renameHeader(page.stageHeader(stage), "stage " + stage, XssPayloads.at(n++));
        }
        for (String step : page.stepIds()) {
            page.renameHeader(page.stepHeader(step), "step " + step, XssPayloads.at(n++));
        }
        for (String lane : page.laneIds()) {
            page.renameHeader(page.laneHeader(lane), "lane " + lane, XssPayloads.at(n++));
        }
        assertNothingRan(page, "after renaming stages, steps and lanes");
        // Every text field of the card editor, for a card of each lane type the template has.
        for (JsonNode lane : map.get("lanes")) {
            List<JsonNode> cards = MapsOverRest.cardsIn(map, lane.get("id").asText());
            if (!cards.isEmpty()) {
                n = fillCardEditor(page, cards.get(0).get("id").asText(), n);
                assertNothingRan(page, "after the card editor of a " + lane.get("type").asText() + " card");
            }
        }
        page.waitSaved();
        // The card editor may have typed over the in-place text of the first card: expect its last payload.
        String firstCard = cardIds.get(0);
        String typed = page.cardText(firstCard);
        assertTrue(XssPayloads.ALL.contains(typed), "card " + firstCard + " shows a typed payload as text: " + typed);

        JsonNode stored = DEMO.rest().eventually(mapId, "the typed payloads",
                m -> typed.equals(MapsOverRest.cardText(m, firstCard)));
        assertTrue(MapsOverRest.names(stored, "stages").stream().allMatch(XssPayloads.ALL::contains),
                "stage names stored verbatim: " + MapsOverRest.names(stored, "stages"));
        page.reload().assumeEditorInteractive();
        hoverCards(page);
        assertNothingRan(page, "after reloading the map full of payloads");
        assertNoActiveMarkup(page, "alice after reload");
        assertEquals(typed, page.cardText(firstCard));
        TableView table = page.tableView();
        assertNothingRan(page, "in the table view");
        assertNoActiveMarkup(page, "table view");
        assertTrue(table.row(firstCard).orElseThrow().cells().containsValue(typed),
                "the table shows the payload as text");
        page.showMapView().screenshot("xss-typed");

        MapPage asBob = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "bob", pageId).assumeEditorInteractive();
        hoverCards(asBob);
        assertNothingRan(asBob, "bob viewing the typed payloads");
        assertNoActiveMarkup(asBob, "bob");
    }

    /** Opens a card's editor, types a payload into each of its text fields and confirms; returns the next index. */
    private int fillCardEditor(MapPage page, String cardId, int n) {
        WebElement card = page.card(cardId);
        Optional<WebElement> edit = page.buttonIn(card, "Edit card");
        page.scrollIntoView(card);
        if (edit.isPresent()) {
            // Like a user: the card's action bar shows while the pointer is over the card.
            new Actions(page.driver()).moveToElement(card).perform();
            Waits.until("the action bar of card " + cardId + " to show", () -> edit.get().isDisplayed()
                    && "1".equals(edit.get().findElement(By.xpath("..")).getCssValue("opacity")), () -> "hidden");
            edit.get().click();
        } else {
            new Actions(page.driver()).doubleClick(card).perform();
        }
        WebElement dialog = page.dialog();
        List<WebElement> fields = dialog.findElements(By.cssSelector(
                "input[type=text], input[type=url], input:not([type]), textarea"));
        for (WebElement field : fields) {
            if (field.isDisplayed() && field.isEnabled()) {
                page.replaceText(field, XssPayloads.at(n++));
            }
        }
        assertNothingRan(page, "while typing into the card editor of " + cardId);
        page.confirmDialog(dialog);
        Waits.until("the card editor to close", () -> page.dialogs().isEmpty(), () -> page.dialogs().size() + " dialogs");
        return n;
    }

    /** Sets payloads over REST into every field the editor can edit; returns those the map view must show. */
    private static List<String> storePayloadsEverywhere(JsonNode map, long mapId) {
        ArrayNode ops = MapsOverRest.JSON.createArrayNode();
        List<String> shown = new ArrayList<>();
        int n = 0;
        ObjectNode mapFields = ops.addObject().put("type", "setMapFields").putObject("fields");
        mapFields.put("title", XssPayloads.at(n++)).put("goal", XssPayloads.at(n++));
        shown.add(XssPayloads.at(0));
        for (JsonNode stage : map.get("stages")) {
            String name = XssPayloads.at(n++);
            ops.addObject().put("type", "renameStage").put("stageId", stage.get("id").asText()).put("name", name);
            shown.add(name);
            for (JsonNode step : stage.get("steps")) {
                String stepName = XssPayloads.at(n++);
                ops.addObject().put("type", "renameStep").put("stepId", step.get("id").asText()).put("name", stepName);
                shown.add(stepName);
            }
        }
        for (JsonNode lane : map.get("lanes")) {
            String name = XssPayloads.at(n++);
            ops.addObject().put("type", "renameLane").put("laneId", lane.get("id").asText()).put("name", name);
            shown.add(name);
        }
        String step = MapsOverRest.stepIds(map).get(0);
        int lanes = map.get("lanes").size();
        for (String type : List.of("TEXT", "ONSTAGE", "METRICS", "EVIDENCE", "PAIN_POINTS")) {
            String laneId = "xss-" + type.toLowerCase().replace('_', '-');
            ops.addObject().put("type", "addLane").put("laneId", laneId).put("index", lanes++)
                    .put("laneType", type).put("name", type);
            ObjectNode fields = ops.addObject().put("type", "addCard").put("cardId", laneId + "-card")
                    .put("laneId", laneId).put("stepId", step).put("index", 0).putObject("fields");
            String text = XssPayloads.at(n++);
            fields.put("text", text).put("owner", XssPayloads.at(n++));
            shown.add(text);
            switch (type) {
                case "ONSTAGE" -> fields.put("actor", XssPayloads.at(n++));
                case "METRICS" -> fields.put("metricName", "CUSTOM").put("metricUnit", XssPayloads.at(n++))
                        .put("metricSource", XssPayloads.at(n++)).put("metricTarget", 1).put("metricActual", 2);
                case "EVIDENCE" -> fields.put("evidenceKind", "SOLICITED")
                        .put("evidenceSource", "javascript:window.jmXss='evidence-link'")
                        .put("evidenceQuote", XssPayloads.at(n++));
                case "PAIN_POINTS" -> fields.put("severity", "HIGH");
                default -> { }
            }
        }
        for (JsonNode card : map.get("cards")) {
            String text = XssPayloads.at(n++);
            ops.addObject().put("type", "updateCard").put("cardId", card.get("id").asText())
                    .putObject("fields").put("text", text);
            shown.add(text);
        }
        DEMO.rest().apply(mapId, ops.toString());
        attachPersonaWithPayloads(mapId);
        return shown;
    }

    private static void attachPersonaWithPayloads(long mapId) {
        ObjectNode persona = MapsOverRest.JSON.createObjectNode().put("name", XssPayloads.at(1))
                .put("jobTitle", XssPayloads.at(2)).put("quote", XssPayloads.at(3)).put("notes", XssPayloads.at(4));
        ApiResponse created = DEMO.host().as("alice").post("/spaces/DEMO/personas", persona.toString());
        assertEquals(201, created.status(), created::toString);
        DEMO.rest().apply(mapId, "[{\"type\":\"attachPersona\",\"personaId\":" + created.json().get("id").asLong() + "}]");
    }

    private static void hoverCards(MapPage page) {
        for (WebElement card : page.container().findElements(By.cssSelector("[data-card-id], h2, th"))) {
            try {
                new Actions(page.driver()).moveToElement(card).perform();
            } catch (RuntimeException e) {
                // off-screen or re-rendered: hovering is a bonus check
            }
        }
    }

    private static void assertNothingRan(MapPage page, String when) {
        page.scriptThatRan(XssPayloads.FLAG).ifPresent(what -> fail("a payload ran " + when + ": " + what));
    }

    private static void assertNoActiveMarkup(MapPage page, String who) {
        Object found = page.js("const c = arguments[0]; const bad = [...c.querySelectorAll(arguments[1])]"
                + ".map(e => e.outerHTML.slice(0, 120));"
                + " [...c.querySelectorAll('a[href], [src]')].forEach(e => { const u = e.href || e.src || '';"
                + " if (String(u).trim().toLowerCase().startsWith('javascript:')) bad.push(e.outerHTML.slice(0, 120)); });"
                + " return bad;", page.container(), ACTIVE_MARKUP);
        assertEquals(List.of(), found, "script-capable markup in the map seen by " + who);
    }
}
