package io.journeymaps.jira;

import io.journeymaps.map.model.JiraLink;

/**
 * A card's new link. {@code recovered}: the issue had been made by an earlier attempt whose answer
 * was lost, and was found again instead of being made twice. {@code remoteLinked}: Jira got the link
 * back to the page (false when that second call failed; the card link stands anyway).
 */
public record CreateOutcome(JiraLink link, boolean recovered, boolean remoteLinked, long mapVersion) {
}
