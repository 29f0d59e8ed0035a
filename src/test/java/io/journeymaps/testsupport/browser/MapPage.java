package io.journeymaps.testsupport.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * One journey map on a page of the standalone host, driven like a user would: the page object of
 * the end-to-end tests. Selectors follow the editor's DOM contract (frontend/src/editor/dom.ts);
 * accessible names are the English UI strings.
 *
 * <p>Beyond dom.ts this assumes, and says so in its failure messages when it is wrong: text is
 * edited in place by clicking (else double-clicking, else Enter on) the text, which focuses an
 * input, textarea or contenteditable element, and Enter (single line) or leaving the field commits;
 * "Add stage" and "Add lane" either open a dialog with a name field or add an element with a
 * default name; the card editor opens from a button in the card named "Edit card" (else by
 * double-clicking the card); sliders follow the ARIA slider keys (Home = minimum, Up = +1).
 */
public final class MapPage {
    public static final String INTERACTIVE = "interactive";
    public static final String SAVED = "Saved";
    /** How long the editor may take to become interactive after the page loads. */
    public static final Duration EDITOR_START = Duration.ofSeconds(Long.getLong("journeymaps.editorStartSeconds", 10));
    private static final Duration SAVE_WAIT = Duration.ofSeconds(20);
    private static final String CONTAINER = ".journey-map-container";
    /** Toolbar buttons a reader may have: they change the view or show the history, not the map. */
    public static final List<String> VIEW_CONTROLS = List.of("Map view", "Table view", "Filters", "History");
    /** Set when the editor once failed to start in this JVM: later tests give up after a short look. */
    private static volatile boolean editorMissing;

    private final ChromeDriver driver;
    private final String baseUrl;
    private final String user;
    private final long pageId;
    private final int index;

    private MapPage(ChromeDriver driver, String baseUrl, String user, long pageId, int index) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.user = user;
        this.pageId = pageId;
        this.index = index;
    }

    // ---- navigation -------------------------------------------------------------------------

    /** Opens the page as a demo user ("alice", "bob", …) in their own UI language; the first map on it. */
    public static MapPage open(ChromeDriver driver, String baseUrl, String user, long pageId) {
        return open(driver, baseUrl, user, null, pageId);
    }

    /** As {@link #open(ChromeDriver, String, String, long)} with the UI language switched (en, ar, fa). */
    public static MapPage open(ChromeDriver driver, String baseUrl, String user, String uiLanguage, long pageId) {
        driver.get(baseUrl + "/favicon.ico");
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("jm-demo-user", user));
        if (uiLanguage != null) {
            driver.manage().addCookie(new Cookie("jm-demo-lang", uiLanguage));
        }
        driver.get(baseUrl + "/pages/" + pageId);
        MapPage page = new MapPage(driver, baseUrl, user, pageId, 0);
        page.waitForContainers();
        return page;
    }

    /** The n-th map (0-based) of the same page, in the same browser. */
    public MapPage map(int n) {
        MapPage other = new MapPage(driver, baseUrl, user, pageId, n);
        Waits.until("map container #" + n + " on page " + pageId, () -> containers().size() > n,
                () -> containers().size() + " containers");
        return other;
    }

    /** Reloads the page (the editor starts again from the server's state). */
    public MapPage reload() {
        driver.navigate().refresh();
        waitForContainers();
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String user() {
        return user;
    }

    public long pageId() {
        return pageId;
    }

    // ---- the container and the editor's state ----------------------------------------------

    public WebElement container() {
        List<WebElement> all = containers();
        if (all.size() <= index) {
            Assertions.fail("page " + pageId + " has " + all.size() + " journey-map containers, wanted #" + index);
        }
        return all.get(index);
    }

    /** The map id the container carries; empty while the macro waits for a template. */
    public Optional<Long> mapId() {
        String id = container().getAttribute("data-map-id");
        return id == null || id.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(id));
    }

    public long requireMapId() {
        return mapId().orElseThrow(() -> new AssertionError("container #" + index + " on page " + pageId
                + " has no data-map-id: " + describe()));
    }

    public String attribute(String name) {
        return container().getAttribute(name);
    }

    public String editorState() {
        String state = container().getAttribute("data-editor-state");
        return state == null ? "" : state;
    }

    public boolean isInteractive() {
        return INTERACTIVE.equals(editorState());
    }

    /**
     * Waits for data-editor-state="interactive"; when it does not come, skips the test with the reason
     * (fails instead when JOURNEYMAPS_REQUIRE_EDITOR=true, after saving the browser's state).
     */
    public MapPage assumeEditorInteractive() {
        Duration wait = editorMissing ? Duration.ofSeconds(2) : EDITOR_START;
        if (Waits.quietly(wait, this::isInteractive)) {
            editorMissing = false;
            return this;
        }
        editorMissing = true;
        String reason = "the journey map editor did not become interactive within " + wait.toSeconds()
                + " s on page " + pageId + " as " + user + " (" + describe()
                + "); is the live editor (frontend/src/editor) in this build?";
        if (EditorRequirement.required()) {
            BrowserSessions.record(driver, "editor-not-interactive-page" + pageId + "-" + user);
        }
        EditorRequirement.notReady(reason);
        return this;
    }

    /** Waits until the editor has attached or is interactive (both mean its script ran on this map). */
    public MapPage waitEditorRunning() {
        Waits.until("the editor to attach to map #" + index, () -> !editorState().isEmpty(), this::describe);
        return this;
    }

    // ---- the grid ---------------------------------------------------------------------------

    public WebElement grid() {
        return within("[role=grid]", "the grid (role=grid)");
    }

    public List<String> stageIds() {
        return attributes("[data-stage-id][role=columnheader]", "data-stage-id");
    }

    public List<String> stageNames() {
        return headerNames("[data-stage-id][role=columnheader]");
    }

    public List<String> stepIds() {
        return attributes("[data-step-id][role=columnheader]", "data-step-id");
    }

    public List<String> stepNames() {
        return headerNames("[data-step-id][role=columnheader]");
    }

    public List<String> laneIds() {
        return attributes("[data-lane-id][role=rowheader]", "data-lane-id");
    }

    public List<String> laneNames() {
        return headerNames("[data-lane-id][role=rowheader]");
    }

    /** The first lane of a type (ACTIONS, EMOTION, PAIN_POINTS, …). */
    public String laneOfType(String laneType) {
        return container().findElements(By.cssSelector("[data-lane-id][role=rowheader][data-lane-type='" + laneType + "']"))
                .stream().findFirst().map(e -> e.getAttribute("data-lane-id"))
                .orElseThrow(() -> new AssertionError("no lane header with data-lane-type=" + laneType + "; lanes: "
                        + laneNames()));
    }

    public WebElement stageHeader(String stageId) {
        return within("[data-stage-id='" + css(stageId) + "'][role=columnheader]", "the header of stage " + stageId);
    }

    public WebElement stepHeader(String stepId) {
        return within("[data-step-id='" + css(stepId) + "'][role=columnheader]", "the header of step " + stepId);
    }

    public WebElement laneHeader(String laneId) {
        return within("[data-lane-id='" + css(laneId) + "'][role=rowheader]", "the header of lane " + laneId);
    }

    public WebElement cell(String laneId, String stepId) {
        return within("[role=gridcell][data-lane-id='" + css(laneId) + "'][data-step-id='" + css(stepId) + "']",
                "the cell of lane " + laneId + " and step " + stepId);
    }

    public WebElement card(String cardId) {
        return within("[data-card-id='" + css(cardId) + "']", "card " + cardId);
    }

    public boolean hasCard(String cardId) {
        return !container().findElements(By.cssSelector("[data-card-id='" + css(cardId) + "']")).isEmpty();
    }

    public List<String> cardIds() {
        return attributes("[role=gridcell] [data-card-id]", "data-card-id");
    }

    public List<String> cardIdsIn(String laneId, String stepId) {
        return cell(laneId, stepId).findElements(By.cssSelector("[data-card-id]")).stream()
                .map(e -> e.getAttribute("data-card-id")).toList();
    }

    public String cardText(String cardId) {
        return card(cardId).findElement(By.cssSelector("[data-field=text]")).getText().strip();
    }

    /** The step of the cell a card is in, read from the DOM. */
    public String stepOfCard(String cardId) {
        return (String) js("const c = arguments[0].closest('[role=gridcell]'); return c ? c.dataset.stepId : null;",
                card(cardId));
    }

    // ---- editing ----------------------------------------------------------------------------

    /** Replaces a card's text in place and waits until the card shows it. */
    public MapPage editCardText(String cardId, String text) {
        WebElement field = card(cardId).findElement(By.cssSelector("[data-field=text]"));
        typeInPlace(field, "the text of card " + cardId, text);
        Waits.until("card " + cardId + " to show " + quote(text), () -> text.equals(cardText(cardId)),
                () -> quote(cardText(cardId)));
        return this;
    }

    /** Renames a stage, step or lane by editing its header in place. */
    public MapPage renameHeader(WebElement header, String what, String name) {
        WebElement target = header.findElements(By.cssSelector("[data-field=name]")).stream().findFirst().orElse(header);
        typeInPlace(target, what, name);
        return this;
    }

    /** Starts in-place editing of an element, replaces its text and commits. */
    public void typeInPlace(WebElement field, String what, String text) {
        WebElement editor = startEditing(field, what);
        replaceText(editor, text);
        commit(editor);
    }

    /** Clicks, else double-clicks, else presses Enter on the element until an editable element has focus. */
    public WebElement startEditing(WebElement field, String what) {
        scrollIntoView(field);
        List<Runnable> attempts = List.of(
                () -> field.click(),
                () -> new Actions(driver).doubleClick(field).perform(),
                () -> new Actions(driver).sendKeys(Keys.ENTER).perform());
        for (Runnable attempt : attempts) {
            attempt.run();
            if (Waits.quietly(Duration.ofMillis(1500), () -> activeEditable().isPresent())) {
                return activeEditable().orElseThrow();
            }
        }
        throw new AssertionError("clicking, double-clicking and Enter on " + what
                + " did not start in-place editing: the focused element is " + describeActive());
    }

    /** The focused element when it is an input, textarea or contenteditable element. */
    public Optional<WebElement> activeEditable() {
        Object active = js("const a = document.activeElement;"
                + " return a && (a.matches('input:not([type=checkbox]):not([type=radio]):not([type=button]),textarea')"
                + " || a.isContentEditable) ? a : null;");
        return Optional.ofNullable((WebElement) active);
    }

    /** Selects everything in an editable element and types the text instead. */
    public void replaceText(WebElement editor, String text) {
        js("const e = arguments[0]; if (e.select) { e.select(); } else { const r = document.createRange();"
                + " r.selectNodeContents(e); const s = getSelection(); s.removeAllRanges(); s.addRange(r); }", editor);
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        editor.sendKeys(Keys.DELETE);
        editor.sendKeys(text);
    }

    /** Enter for single-line inputs; leaving the field (Tab, then blur) for the others. */
    public void commit(WebElement editor) {
        boolean singleLine = "input".equalsIgnoreCase(editor.getTagName());
        editor.sendKeys(singleLine ? Keys.ENTER : Keys.TAB);
        if (!Waits.quietly(Duration.ofSeconds(1), () -> !isActive(editor))) {
            try {
                js("arguments[0].blur();", editor);
            } catch (StaleElementReferenceException e) {
                // it left the page meanwhile: committed
            }
        }
    }

    /** Clicks "Add stage" and names the new stage; returns its id. */
    public String addStage(String name) {
        List<String> before = stageIds();
        clickButton("Add stage");
        nameNewElement(name, "the new stage", () -> stageIds().size() > before.size(),
                () -> newId(before, stageIds()).map(this::stageHeader));
        Waits.until("a stage named " + quote(name), () -> stageNames().stream().anyMatch(n -> n.contains(name)),
                () -> "stages " + stageNames());
        return newId(before, stageIds()).orElseThrow();
    }

    /** Clicks "Add lane" (choosing the first lane type offered, if asked) and names it; returns its id. */
    public String addLane(String name) {
        List<String> before = laneIds();
        clickButton("Add lane");
        List<WebElement> menuItems = document("[role=menu] [role=menuitem], [role=listbox] [role=option]");
        if (!menuItems.isEmpty()) {
            menuItems.get(0).click();
        }
        nameNewElement(name, "the new lane", () -> laneIds().size() > before.size(),
                () -> newId(before, laneIds()).map(this::laneHeader));
        Waits.until("a lane named " + quote(name), () -> laneNames().stream().anyMatch(n -> n.contains(name)),
                () -> "lanes " + laneNames());
        return newId(before, laneIds()).orElseThrow();
    }

    /**
     * After an "add" button: a dialog with a name field (filled, then confirmed), a focused in-place
     * editor (typed into), or a new element with a default name (renamed in place).
     */
    private void nameNewElement(String name, String what, Supplier<Boolean> added,
                                Supplier<Optional<WebElement>> newHeader) {
        Waits.quietly(Duration.ofSeconds(2), () -> !dialogs().isEmpty() || added.get());
        if (!dialogs().isEmpty()) {
            WebElement dialog = dialog();
            WebElement field = dialog.findElements(By.cssSelector("input[type=text], input:not([type]), textarea"))
                    .stream().findFirst().orElseThrow(() -> new AssertionError("the dialog for " + what
                            + " has no text field: " + dialog.getText()));
            replaceText(field, name);
            confirmDialog(dialog);
            Waits.until(what + " to be added", added, this::describe);
            return;
        }
        Waits.until(what + " to be added", added, this::describe);
        Optional<WebElement> editing = activeEditable();
        if (editing.isPresent()) {
            replaceText(editing.get(), name);
            commit(editing.get());
        } else {
            WebElement header = newHeader.get().orElseThrow(() -> new AssertionError(what + " has no header"));
            renameHeader(header, what, name);
        }
    }

    /** Presses the dialog's primary button (Save, Add, Create, OK, Done), else Enter. */
    public void confirmDialog(WebElement dialog) {
        for (String name : List.of("Save", "Add", "Create", "OK", "Done", "Apply")) {
            Optional<WebElement> button = buttonIn(dialog, name);
            if (button.isPresent()) {
                button.get().click();
                return;
            }
        }
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }

    /**
     * Drags a card onto a cell with Selenium's Actions; when that moves nothing (Chromium does not
     * start HTML5 drags from synthetic mouse events), dispatches the HTML5 drag events instead.
     */
    public MapPage dragCard(String cardId, String laneId, String stepId) {
        WebElement source = card(cardId);
        WebElement target = cell(laneId, stepId);
        scrollIntoView(source);
        new Actions(driver).clickAndHold(source).pause(Duration.ofMillis(150)).moveByOffset(8, 8)
                .moveToElement(target).pause(Duration.ofMillis(250)).release(target).perform();
        if (Waits.quietly(Duration.ofSeconds(2), () -> isCardIn(cardId, laneId, stepId))) {
            return this;
        }
        boolean accepted = Html5DragAndDrop.drag(driver, card(cardId), cell(laneId, stepId));
        Waits.until("card " + cardId + " to move to lane " + laneId + ", step " + stepId
                        + " (HTML5 drop " + (accepted ? "accepted" : "NOT accepted: no preventDefault on dragover") + ")",
                () -> isCardIn(cardId, laneId, stepId), () -> "card in step " + stepOfCard(cardId));
        return this;
    }

    public boolean isCardIn(String cardId, String laneId, String stepId) {
        return cardIdsIn(laneId, stepId).contains(cardId);
    }

    /** An emotion point (role=slider) of a step; personaId "" is the general curve. */
    public WebElement emotionPoint(String stepId, String personaId) {
        return within("[role=slider][data-step-id='" + css(stepId) + "'][data-persona-id='" + css(personaId) + "']",
                "the emotion point (role=slider) of step " + stepId + " and persona '" + personaId + "'");
    }

    /** The slider's aria-valuenow, empty when the step has no score. */
    public Optional<Integer> emotionScore(String stepId, String personaId) {
        String now = emotionPoint(stepId, personaId).getAttribute("aria-valuenow");
        return now == null || now.isBlank() ? Optional.empty() : Optional.of((int) Math.round(Double.parseDouble(now)));
    }

    /** Sets a score with the keyboard: focus the point, Home (−2), then Up to the score. */
    public MapPage setEmotion(String stepId, String personaId, int score) {
        WebElement point = emotionPoint(stepId, personaId);
        scrollIntoView(point);
        js("arguments[0].focus();", point);
        Waits.until("the emotion point of step " + stepId + " to take focus", () -> isActive(point),
                this::describeActive);
        Actions keys = new Actions(driver);
        keys.sendKeys(Keys.HOME).perform();
        Integer start = Waits.quietly(Duration.ofSeconds(1), () -> emotionScore(stepId, personaId).orElse(99) == -2)
                ? -2 : emotionScore(stepId, personaId).orElse(0);
        Keys direction = score >= start ? Keys.ARROW_UP : Keys.ARROW_DOWN;
        for (int i = 0; i < Math.abs(score - start); i++) {
            new Actions(driver).sendKeys(direction).perform();
        }
        Waits.until("the emotion point of step " + stepId + " to read " + score,
                () -> emotionScore(stepId, personaId).orElse(99) == score,
                () -> "aria-valuenow=" + emotionPoint(stepId, personaId).getAttribute("aria-valuenow"));
        return this;
    }

    public MapPage undo() {
        return clickButton("Undo");
    }

    public MapPage redo() {
        return clickButton("Redo");
    }

    /** Ctrl+Z (Ctrl+Shift+Z to redo) on the page, outside any text field. */
    public MapPage undoWithKeyboard(boolean redo) {
        js("if (document.activeElement) { document.activeElement.blur(); }");
        Actions keys = new Actions(driver).keyDown(Keys.CONTROL);
        if (redo) {
            keys.keyDown(Keys.SHIFT);
        }
        keys.sendKeys("z");
        if (redo) {
            keys.keyUp(Keys.SHIFT);
        }
        keys.keyUp(Keys.CONTROL).perform();
        return this;
    }

    // ---- buttons, dialogs, saving ---------------------------------------------------------

    /** A button of the map (toolbar first, then anywhere in the container) by its accessible name. */
    public Optional<WebElement> button(String name) {
        List<WebElement> toolbars = container().findElements(By.cssSelector("[role=toolbar]"));
        for (WebElement toolbar : toolbars) {
            Optional<WebElement> found = buttonIn(toolbar, name);
            if (found.isPresent()) {
                return found;
            }
        }
        return buttonIn(container(), name);
    }

    /** Clicks a button by accessible name once it is enabled. */
    public MapPage clickButton(String name) {
        Waits.until("an enabled button named " + quote(name), () -> button(name).map(WebElement::isEnabled).orElse(false),
                () -> "buttons " + buttonNames());
        WebElement button = button(name).orElseThrow();
        scrollIntoView(button);
        button.click();
        return this;
    }

    public List<String> buttonNames() {
        return container().findElements(By.cssSelector("button, [role=button]")).stream()
                .map(MapPage::accessibleName).toList();
    }

    public Optional<WebElement> buttonIn(WebElement scope, String name) {
        return scope.findElements(By.cssSelector("button, [role=button]")).stream()
                .filter(b -> name.equals(accessibleName(b))).findFirst();
    }

    /** The open dialog (role=dialog), anywhere in the document. */
    public WebElement dialog() {
        Waits.until("a dialog (role=dialog)", () -> !dialogs().isEmpty(), this::describeActive);
        return dialogs().get(0);
    }

    public List<WebElement> dialogs() {
        return document("[role=dialog], [role=alertdialog]").stream().filter(WebElement::isDisplayed).toList();
    }

    /** The save indicator's text: "Saved", "Saving…", "Offline — retrying" or "Conflict". */
    public String saveState() {
        return container().findElements(By.cssSelector(".jm-save-state")).stream().findFirst()
                .map(e -> e.getText().strip()).orElse("(no .jm-save-state)");
    }

    /**
     * Waits until edits made so far are saved: saving starts within a second of the last change, so
     * this first lets that second pass, then waits for "Saved".
     */
    public MapPage waitSaved() {
        Waits.pause(1300);
        Waits.until("the save state " + quote(SAVED), SAVE_WAIT, () -> SAVED.equals(saveState()), this::saveState);
        return this;
    }

    // ---- views ------------------------------------------------------------------------------

    /** Switches to the table view and reads it; {@link #showMapView()} switches back. */
    public TableView tableView() {
        clickButton("Table view");
        Waits.until("the table view (table.jm-table-view)",
                () -> !container().findElements(By.cssSelector("table.jm-table-view")).isEmpty(), this::describe);
        WebElement table = container().findElement(By.cssSelector("table.jm-table-view"));
        List<String> columns = table.findElements(By.cssSelector("thead th")).stream()
                .map(th -> th.getText().strip()).toList();
        List<TableView.Row> rows = new ArrayList<>();
        for (WebElement tr : table.findElements(By.cssSelector("tbody tr[data-card-id]"))) {
            List<WebElement> cells = tr.findElements(By.cssSelector("th, td"));
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < cells.size() && i < columns.size(); i++) {
                values.put(columns.get(i), cells.get(i).getText().strip());
            }
            rows.add(new TableView.Row(tr.getAttribute("data-card-id"), values));
        }
        return new TableView(columns, rows);
    }

    public MapPage showMapView() {
        clickButton("Map view");
        Waits.until("the map view's grid", () -> !container().findElements(By.cssSelector("[role=grid]")).isEmpty(),
                this::describe);
        return this;
    }

    // ---- template chooser -------------------------------------------------------------------

    /** The template choices ([data-template-id]) in the container or an open dialog. */
    public List<WebElement> templateChoices() {
        List<WebElement> choices = new ArrayList<>(container().findElements(By.cssSelector("[data-template-id]")));
        dialogs().forEach(d -> choices.addAll(d.findElements(By.cssSelector("[data-template-id]"))));
        return choices.stream().filter(WebElement::isDisplayed).toList();
    }

    /** Waits for the template chooser's choices; skips (or fails, when required) when the editor offers none. */
    public MapPage assumeTemplateChooser() {
        Duration wait = editorMissing ? Duration.ofSeconds(2) : EDITOR_START;
        if (Waits.quietly(wait, () -> !templateChoices().isEmpty())) {
            return this;
        }
        editorMissing = true;
        if (EditorRequirement.required()) {
            BrowserSessions.record(driver, "template-chooser-missing-page" + pageId);
        }
        EditorRequirement.notReady("no template choices ([data-template-id]) appeared within " + wait.toSeconds()
                + " s on page " + pageId + " (" + describe() + "); is the live editor in this build?");
        return this;
    }

    /** Picks a template and confirms if asked; waits until the container carries the new map. */
    public MapPage chooseTemplate(String templateId) {
        WebElement choice = templateChoices().stream()
                .filter(c -> templateId.equals(c.getAttribute("data-template-id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no template choice " + templateId + " among "
                        + templateChoices().stream().map(c -> c.getAttribute("data-template-id")).toList()));
        scrollIntoView(choice);
        choice.click();
        if (Waits.quietly(Duration.ofSeconds(2), () -> mapId().isEmpty() && !dialogs().isEmpty()
                && dialogs().stream().anyMatch(d -> buttonIn(d, "Create").isPresent() || buttonIn(d, "Create map").isPresent()
                || buttonIn(d, "Use template").isPresent()))) {
            WebElement dialog = dialog();
            buttonIn(dialog, "Create").or(() -> buttonIn(dialog, "Create map")).or(() -> buttonIn(dialog, "Use template"))
                    .orElseThrow().click();
        }
        Waits.until("the chosen template's map in the container (data-map-id)", () -> mapId().isPresent(),
                this::describe);
        return this;
    }

    // ---- edit controls, XSS, screenshots ------------------------------------------------

    /**
     * Every edit control visible in the map: what a viewer must not get. Empty means none. The
     * view switch and the filters change only what this reader sees, so they are not edit controls.
     */
    public List<String> editControls() {
        List<String> found = new ArrayList<>();
        WebElement c = container();
        c.findElements(By.cssSelector("[role=toolbar] button")).stream().filter(WebElement::isDisplayed)
                .filter(b -> !VIEW_CONTROLS.contains(accessibleName(b)) && !isCommentControl(b))
                .forEach(b -> found.add("toolbar button " + quote(accessibleName(b))));
        for (String name : List.of("Add stage", "Add lane", "Add card", "Undo", "Redo", "Map settings", "Edit card",
                "Delete card", "Delete", "Remove")) {
            c.findElements(By.cssSelector("button, [role=button]")).stream()
                    .filter(b -> b.isDisplayed() && name.equals(accessibleName(b)))
                    .forEach(b -> found.add("button " + quote(name)));
        }
        c.findElements(By.cssSelector("[draggable=true]")).forEach(e -> found.add("draggable " + describe(e)));
        c.findElements(By.cssSelector("[contenteditable=true], [contenteditable='']"))
                .forEach(e -> found.add("contenteditable " + describe(e)));
        c.findElements(By.cssSelector("input, textarea, select")).stream()
                .filter(e -> e.isDisplayed() && e.isEnabled() && !"search".equals(e.getAttribute("type"))
                        && e.getAttribute("readonly") == null && !isFilter(e))
                .forEach(e -> found.add("form field " + describe(e)));
        c.findElements(By.cssSelector("[role=slider]")).stream()
                .filter(e -> !"true".equals(e.getAttribute("aria-readonly")) && !"true".equals(e.getAttribute("aria-disabled")))
                .forEach(e -> found.add("operable slider " + describe(e)));
        return found;
    }

    /** The comments toggle and comment badges: viewers may comment, which does not edit the map. */
    private static boolean isCommentControl(WebElement button) {
        String action = button.getAttribute("data-action");
        return action != null && (action.equals("comments") || action.equals("show-map-comments"));
    }

    /** A text or null when no injected script ran: the flag a payload would set, or an open alert. */
    public Optional<String> scriptThatRan(String flag) {
        try {
            driver.switchTo().alert();
            String text = driver.switchTo().alert().getText();
            driver.switchTo().alert().dismiss();
            return Optional.of("an alert opened: " + quote(text));
        } catch (NoAlertPresentException e) {
            // good: no alert
        } catch (UnhandledAlertException e) {
            return Optional.of("an alert opened: " + e.getAlertText());
        }
        try {
            Object value = js("return window[arguments[0]];", flag);
            return value == null ? Optional.empty() : Optional.of("window." + flag + " was set to " + value);
        } catch (UnhandledAlertException e) {
            return Optional.of("an alert opened: " + e.getAlertText());
        }
    }

    /** Saves the map (container) and the whole viewport as target/screenshots/{name}.png and {name}-page.png. */
    public MapPage screenshot(String name) {
        WebElement c = container();
        scrollIntoView(c);
        Screenshots.save(c, name);
        Screenshots.save(driver, name + "-page");
        return this;
    }

    /** For failure messages: the container's attributes and the start of its text. */
    public String describe() {
        try {
            List<WebElement> all = containers();
            if (all.size() <= index) {
                return all.size() + " containers on " + driver.getCurrentUrl();
            }
            WebElement c = all.get(index);
            String text = c.getText().replaceAll("\\s+", " ").strip();
            return "container #" + index + " data-editor-state=" + quote(c.getAttribute("data-editor-state"))
                    + " data-map-id=" + quote(c.getAttribute("data-map-id")) + " save=" + quote(saveStateQuietly(c))
                    + " text=" + quote(text.length() > 200 ? text.substring(0, 200) + "…" : text);
        } catch (WebDriverException e) {
            return "(page not readable: " + e.getMessage().lines().findFirst().orElse("") + ")";
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public void scrollIntoView(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
    }

    /** The computed accessible name (W3C), else aria-label, text or title. */
    public static String accessibleName(WebElement element) {
        try {
            String name = element.getAccessibleName();
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        } catch (WebDriverException e) {
            // older drivers: compute it roughly below
        }
        for (String candidate : new String[] {element.getAttribute("aria-label"), element.getText(),
                element.getAttribute("title")}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "";
    }

    private void waitForContainers() {
        Waits.until("a journey-map container on page " + pageId + " (" + driver.getCurrentUrl() + ")",
                () -> !containers().isEmpty(), () -> driver.getTitle());
    }

    private List<WebElement> containers() {
        return driver.findElements(By.cssSelector(CONTAINER));
    }

    private WebElement within(String selector, String what) {
        Waits.until(what + " [" + selector + "]", () -> !container().findElements(By.cssSelector(selector)).isEmpty(),
                this::describe);
        return container().findElement(By.cssSelector(selector));
    }

    private List<WebElement> document(String selector) {
        return driver.findElements(By.cssSelector(selector));
    }

    private List<String> attributes(String selector, String attribute) {
        return container().findElements(By.cssSelector(selector)).stream().map(e -> e.getAttribute(attribute)).toList();
    }

    /** A header's name: its [data-field=name] part when it has one (headers may hold buttons too). */
    private List<String> headerNames(String selector) {
        return container().findElements(By.cssSelector(selector)).stream()
                .map(h -> h.findElements(By.cssSelector("[data-field=name]")).stream().findFirst().orElse(h))
                .map(e -> e.getText().strip()).toList();
    }

    private static Optional<String> newId(List<String> before, List<String> after) {
        return after.stream().filter(id -> !before.contains(id)).findFirst();
    }

    /** False too when the element left the page: a committed in-place editor is removed. */
    private boolean isActive(WebElement element) {
        try {
            return Boolean.TRUE.equals(js("return document.activeElement === arguments[0];", element));
        } catch (StaleElementReferenceException e) {
            return false;
        }
    }

    private boolean isFilter(WebElement e) {
        return Boolean.TRUE.equals(js("return !!arguments[0].closest('.jm-filters, [role=search], [data-filter]');", e));
    }

    private String describeActive() {
        Object d = js("const a = document.activeElement; return a ? a.outerHTML.slice(0, 200) : 'nothing';");
        return String.valueOf(d);
    }

    private static String describe(WebElement e) {
        String html = e.getAttribute("outerHTML");
        return html == null ? e.getTagName() : html.length() > 120 ? html.substring(0, 120) + "…" : html;
    }

    private static String saveStateQuietly(WebElement c) {
        return c.findElements(By.cssSelector(".jm-save-state")).stream().findFirst().map(WebElement::getText).orElse("");
    }

    private static String css(String value) {
        return value.replace("\\", "\\\\").replace("'", "\\'");
    }

    static String quote(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
