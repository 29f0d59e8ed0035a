package io.journeymaps.jira;

/** The summary and description proposed for a card's issue; the user may edit both before creating. */
public record IssueDraft(String summary, String description) {
}
