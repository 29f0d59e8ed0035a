package io.journeymaps.jira;

import java.time.Instant;

/** A create recorded before calling Jira: the marker written into the issue finds it again. */
public record PendingCreate(long mapId, String cardId, String serverId, String marker, String projectKey, Instant created) {
}
