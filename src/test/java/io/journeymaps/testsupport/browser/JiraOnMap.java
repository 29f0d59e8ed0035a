package io.journeymaps.testsupport.browser;

import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Jira parts of a map in the browser: a card's "Create Jira issue" and "Link issue" buttons,
 * the create dialog, and the chips (data-issue-key) with their status.
 */
public final class JiraOnMap {
    public static final List<String> JIRA_ACTIONS = List.of("Create Jira issue", "Link issue",
            "Create issues for unlinked pain points");

    private final MapPage page;

    public JiraOnMap(MapPage page) {
        this.page = page;
    }

    /** Card buttons appear on hover or focus: clicked through the DOM, as a keyboard user would reach them. */
    public JiraOnMap clickCardAction(String cardId, String name) {
        WebElement button = page.buttonIn(page.card(cardId), name)
                .orElseThrow(() -> new AssertionError("card " + cardId + " has no button " + name));
        page.driver().executeScript("arguments[0].click()", button);
        return this;
    }

    /** Opens "Create Jira issue" on the card, waits for the prefilled form, clicks Create. */
    public JiraOnMap createIssue(String cardId) {
        clickCardAction(cardId, "Create Jira issue");
        WebElement dialog = page.dialog();
        Waits.until("issue types and a prefilled summary in the create dialog", () -> {
            Select type = new Select(dialog.findElement(By.name("issueTypeId")));
            String summary = dialog.findElement(By.name("summary")).getAttribute("value");
            return !type.getOptions().isEmpty() && summary != null && !summary.isBlank();
        }, () -> dialog.getText());
        WebElement create = page.buttonIn(dialog, "Create").orElseThrow();
        create.click();
        Waits.until("the create dialog to close", () -> page.dialogs().isEmpty(),
                () -> page.dialogs().isEmpty() ? "" : page.dialogs().get(0).getText());
        return this;
    }

    public Optional<WebElement> chip(String cardId, String issueKey) {
        return page.card(cardId).findElements(By.cssSelector("[data-issue-key='" + issueKey + "']")).stream().findFirst();
    }

    public List<String> chipKeys() {
        return page.container().findElements(By.cssSelector("[data-issue-key]")).stream()
                .map(e -> e.getAttribute("data-issue-key")).toList();
    }

    public String chipStatus(String cardId, String issueKey) {
        return chip(cardId, issueKey).map(c -> c.findElement(By.cssSelector(".jm-jira-status")).getText().strip()).orElse("(no chip)");
    }

    /** Buttons and data-action controls that change Jira links, anywhere on the map. */
    public List<String> jiraEditControls() {
        List<String> named = page.buttonNames().stream().filter(JIRA_ACTIONS::contains).toList();
        List<String> actions = page.container().findElements(By.cssSelector("[data-action^='jira-']")).stream()
                .map(e -> e.getAttribute("data-action")).toList();
        return java.util.stream.Stream.concat(named.stream(), actions.stream()).toList();
    }
}
