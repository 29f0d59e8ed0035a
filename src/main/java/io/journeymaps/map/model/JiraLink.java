package io.journeymaps.map.model;

import java.time.Instant;

/** A card ↔ Jira issue association with the last known state of the issue. */
public record JiraLink(String cardId, String serverId, String issueKey, String summary, String statusName,
                       StatusCategory statusCategory, String assignee, Instant fetchedAt) {
}
