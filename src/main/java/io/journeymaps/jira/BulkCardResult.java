package io.journeymaps.jira;

import java.util.List;

import io.journeymaps.common.FieldError;

/** One card of a bulk create: what happened, the issue key when there is one, and why not otherwise. */
public record BulkCardResult(String cardId, Outcome outcome, String issueKey, JiraFault fault, String message,
                             List<FieldError> errors) {
    public enum Outcome { CREATED, RECOVERED, FAILED, SKIPPED }
}
