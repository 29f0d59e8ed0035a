package io.journeymaps.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.journeymaps.testsupport.browser.BrowserSessions;
import io.journeymaps.testsupport.browser.MapPage;
import io.journeymaps.testsupport.browser.TableView;

/**
 * One editor at work in a real browser: each test gets a fresh page with a map from the
 * awareness-to-advocacy template, edits it like a user, and checks what the server stored.
 */
class MapEditingBrowserTest {
    @RegisterExtension
    static final DemoHost DEMO = new DemoHost();
    private static final AtomicInteger PAGES = new AtomicInteger();

    @RegisterExtension
    final BrowserSessions browsers = new BrowserSessions();

    /** A fresh page whose map exists; the page is open as alice with the editor interactive. */
    private Fixture freshMap() {
        long pageId = DEMO.rest().createPage("Editing " + PAGES.incrementAndGet(), "awareness-to-advocacy", "en");
        JsonNode map = DEMO.rest().firstMapOf(pageId);
        MapPage page = MapPage.open(browsers.open(), DEMO.host().baseUrl(), "alice", pageId).assumeEditorInteractive();
        assertEquals(map.get("id").asLong(), page.requireMapId());
        return new Fixture(page, map, map.get("id").asLong());
    }

    private record Fixture(MapPage page, JsonNode map, long mapId) {
        String firstCardOf(String laneType) {
            List<JsonNode> cards = MapsOverRest.cardsIn(map, MapsOverRest.laneOfType(map, laneType));
            assertTrue(!cards.isEmpty(), "the template has a card in its " + laneType + " lane");
            return cards.get(0).get("id").asText();
        }
    }

    @Test
    void editCard_inPlace_isSaved() {
        Fixture f = freshMap();
        String card = f.firstCardOf("ACTIONS");

        f.page().editCardText(card, "Reads three reviews before calling").waitSaved();

        DEMO.rest().eventually(f.mapId(), "the new card text",
                m -> "Reads three reviews before calling".equals(MapsOverRest.cardText(m, card)));
        f.page().screenshot("edit-card");
    }

    @Test
    void addStageAndLane_areShownAndSaved() {
        Fixture f = freshMap();

        String stage = f.page().addStage("Loyalty club");
        String lane = f.page().addLane("Internal notes");
        f.page().waitSaved();

        assertTrue(f.page().stageIds().contains(stage));
        assertTrue(f.page().laneIds().contains(lane));
        DEMO.rest().eventually(f.mapId(), "the new stage and lane",
                m -> MapsOverRest.names(m, "stages").contains("Loyalty club")
                        && MapsOverRest.names(m, "lanes").contains("Internal notes"));
    }

    @Test
    void dragCard_toAnotherStep_isSaved() {
        Fixture f = freshMap();
        String card = f.firstCardOf("ACTIONS");
        String lane = MapsOverRest.laneOfType(f.map(), "ACTIONS");
        String from = MapsOverRest.card(f.map(), card).orElseThrow().get("stepId").asText();
        List<String> steps = MapsOverRest.stepIds(f.map());
        String to = steps.get((steps.indexOf(from) + 1) % steps.size());

        f.page().dragCard(card, lane, to).waitSaved();

        assertEquals(to, f.page().stepOfCard(card));
        DEMO.rest().eventually(f.mapId(), "card " + card + " in step " + to,
                m -> to.equals(MapsOverRest.card(m, card).orElseThrow().get("stepId").asText()));
    }

    @Test
    void emotionScore_setWithTheKeyboard_isSaved() {
        Fixture f = freshMap();
        String step = MapsOverRest.stepIds(f.map()).get(0);
        Integer before = MapsOverRest.generalScore(f.map(), step);
        int wanted = before != null && before == 2 ? -1 : 2;

        f.page().setEmotion(step, "", wanted).waitSaved();

        DEMO.rest().eventually(f.mapId(), "score " + wanted + " for step " + step,
                m -> Integer.valueOf(wanted).equals(MapsOverRest.generalScore(m, step)));
    }

    @Test
    void undoAndRedo_withButtonsAndKeys_restoreAndReapplyAnEdit() {
        Fixture f = freshMap();
        String card = f.firstCardOf("ACTIONS");
        String original = MapsOverRest.cardText(f.map(), card);
        MapPage page = f.page();

        page.editCardText(card, "Undo me").waitSaved();
        page.undo();
        waitCardText(page, card, original);
        page.waitSaved();
        DEMO.rest().eventually(f.mapId(), "the undone text", m -> original.equals(MapsOverRest.cardText(m, card)));

        page.redo();
        waitCardText(page, card, "Undo me");
        page.waitSaved();
        DEMO.rest().eventually(f.mapId(), "the redone text", m -> "Undo me".equals(MapsOverRest.cardText(m, card)));

        page.undoWithKeyboard(false);
        waitCardText(page, card, original);
        page.undoWithKeyboard(true);
        waitCardText(page, card, "Undo me");
        page.waitSaved();
        DEMO.rest().eventually(f.mapId(), "the text after Ctrl+Z, Ctrl+Shift+Z",
                m -> "Undo me".equals(MapsOverRest.cardText(m, card)));
    }

    @Test
    void reload_showsEverythingSaved_inTheMapAndTheTableView() {
        Fixture f = freshMap();
        MapPage page = f.page();
        String card = f.firstCardOf("ACTIONS");
        String lane = MapsOverRest.laneOfType(f.map(), "ACTIONS");
        List<String> steps = MapsOverRest.stepIds(f.map());
        String to = steps.get(1);

        page.editCardText(card, "Compares prices on a phone");
        page.dragCard(card, lane, to);
        page.setEmotion(steps.get(0), "", -2);
        page.addStage("After sales");
        page.waitSaved();
        page.reload().assumeEditorInteractive();

        assertEquals("Compares prices on a phone", page.cardText(card));
        assertEquals(to, page.stepOfCard(card));
        assertEquals(-2, page.emotionScore(steps.get(0), "").orElseThrow());
        assertTrue(page.stageNames().contains("After sales"), "stages " + page.stageNames());
        TableView table = page.tableView();
        TableView.Row row = table.row(card).orElseThrow(() -> new AssertionError("no table row for card " + card
                + " among " + table.rows().size() + " rows"));
        assertTrue(row.cells().values().contains("Compares prices on a phone"), "row " + row);
        assertEquals(f.map().get("cards").size(), table.rows().size(), "one row per card");
        page.showMapView().screenshot("ltr-after-reload");
    }

    private static void waitCardText(MapPage page, String card, String text) {
        io.journeymaps.testsupport.browser.Waits.until("card " + card + " to read \"" + text + "\"",
                () -> text.equals(page.cardText(card)), () -> page.cardText(card));
    }
}
