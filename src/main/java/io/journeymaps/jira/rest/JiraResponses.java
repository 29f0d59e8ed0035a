package io.journeymaps.jira.rest;

import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.Response;

import io.journeymaps.common.FieldError;
import io.journeymaps.common.json.Json;
import io.journeymaps.common.rest.ApiResponses;
import io.journeymaps.jira.JiraException;
import io.journeymaps.jira.JiraFault;

/**
 * {@link ApiResponses#run} plus Jira's faults as typed error bodies: {@code error} names the fault,
 * {@code state}/{@code stateMessage} say what the card shows, {@code authorisationUrl} where to
 * authorise, and 400s carry Jira's reasons as field errors. Nothing from a credential ever appears.
 */
final class JiraResponses {
    private JiraResponses() {
    }

    /** {@code authorisation} turns an AUTH_REQUIRED fault into the URL to send the user to (or null). */
    static Response run(Supplier<Response> call, Function<JiraException, String> authorisation) {
        return ApiResponses.run(() -> {
            try {
                return call.get();
            } catch (JiraException e) {
                return fault(e, e.fault() == JiraFault.AUTH_REQUIRED ? authorisation.apply(e) : null);
            }
        });
    }

    static Response fault(JiraException e, String authorisationUrl) {
        Response.Status status = switch (e.fault()) {
            case BAD_REQUEST -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case AUTH_REQUIRED -> Response.Status.FORBIDDEN;
            case RATE_LIMITED -> Response.Status.TOO_MANY_REQUESTS;
            case NOT_CONFIGURED -> Response.Status.SERVICE_UNAVAILABLE;
            case UNREACHABLE, SERVER_ERROR, MALFORMED -> Response.Status.BAD_GATEWAY;
        };
        ObjectNode body = Json.object();
        body.put("status", status.getStatusCode());
        body.put("error", e.fault() == JiraFault.BAD_REQUEST ? "invalid_input" : "jira_" + e.fault().name().toLowerCase(java.util.Locale.ROOT));
        body.put("message", message(e));
        body.put("state", e.fault().linkState().name());
        body.put("stateMessage", e.fault().linkState().message());
        body.put("retryable", e.fault() != JiraFault.BAD_REQUEST && e.fault() != JiraFault.NOT_CONFIGURED);
        if (e.uncertain()) {
            body.put("pending", true);
        }
        if (authorisationUrl != null) {
            body.put("authorisationUrl", authorisationUrl);
        }
        if (e.retryAfterSeconds() != null) {
            body.put("retryAfterSeconds", e.retryAfterSeconds());
        }
        if (!e.fieldErrors().isEmpty()) {
            ArrayNode errors = body.putArray("errors");
            for (FieldError fe : e.fieldErrors()) {
                errors.addObject().put("field", fe.field()).put("reason", fe.reason());
            }
        }
        Response.ResponseBuilder r = Response.fromResponse(ApiResponses.json(status, body));
        if (e.retryAfterSeconds() != null) {
            r.header("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        return r.build();
    }

    private static String message(JiraException e) {
        return switch (e.fault()) {
            case NOT_CONFIGURED -> "Jira is not configured";
            case UNREACHABLE -> e.uncertain()
                    ? "Jira did not answer in time; the issue may exist already — retrying never makes a second one"
                    : "Jira unreachable — retry";
            case SERVER_ERROR -> "Jira failed; retry later";
            case AUTH_REQUIRED -> "Authorise Jira to continue";
            case NOT_FOUND -> "Jira has no such item (deleted, moved or not visible to you)";
            case RATE_LIMITED -> "Jira is busy; retry in a moment";
            case MALFORMED -> "Jira's answer could not be read";
            case BAD_REQUEST -> "Jira refused the request";
        };
    }
}
