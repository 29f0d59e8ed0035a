package io.journeymaps.map.model;

import java.time.Instant;

/**
 * A card ↔ Jira issue association with the last known state of the issue. A link being created has
 * no issue key yet and the state {@link JiraLinkState#PENDING}.
 */
public record JiraLink(String cardId, String serverId, String issueKey, String summary, String statusName,
                       StatusCategory statusCategory, String assignee, Instant fetchedAt, JiraLinkState state) {

    public JiraLink {
        state = state == null ? JiraLinkState.OK : state;
    }

    public JiraLink(String cardId, String serverId, String issueKey, String summary, String statusName,
                    StatusCategory statusCategory, String assignee, Instant fetchedAt) {
        this(cardId, serverId, issueKey, summary, statusName, statusCategory, assignee, fetchedAt, JiraLinkState.OK);
    }

    public JiraLink withState(JiraLinkState newState) {
        return new JiraLink(cardId, serverId, issueKey, summary, statusName, statusCategory, assignee, fetchedAt, newState);
    }

    public boolean pending() {
        return state == JiraLinkState.PENDING;
    }
}
