package io.journeymaps.jira;

import java.util.List;

import io.journeymaps.map.model.JourneyMap;

/** The map after a refresh, how many issues were asked for, and the faults of the servers that failed. */
public record RefreshOutcome(JourneyMap map, int refreshed, List<ServerFault> faults) {
    public record ServerFault(String serverId, JiraFault fault, String message, String authorisationUrl,
                              Long retryAfterSeconds) {
    }
}
