package io.journeymaps.jira;

import java.util.List;

import io.journeymaps.common.FieldError;

/**
 * A typed failure of a Jira call. {@code uncertain} means the request may have reached Jira and been
 * carried out (a timeout or a reset after sending, or a 5xx): a create must then be recovered, not
 * repeated blindly. Messages never contain credentials.
 */
public class JiraException extends RuntimeException {
    private final JiraFault fault;
    private final boolean uncertain;
    private final String authorisationUrl;
    private final Long retryAfterSeconds;
    private final List<FieldError> fieldErrors;

    public JiraException(JiraFault fault, String message, boolean uncertain, String authorisationUrl,
                         Long retryAfterSeconds, List<FieldError> fieldErrors) {
        super(message);
        this.fault = fault;
        this.uncertain = uncertain;
        this.authorisationUrl = authorisationUrl;
        this.retryAfterSeconds = retryAfterSeconds;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    public JiraException(JiraFault fault, String message) {
        this(fault, message, false, null, null, null);
    }

    public static JiraException unreachable(String message, boolean uncertain) {
        return new JiraException(JiraFault.UNREACHABLE, message, uncertain, null, null, null);
    }

    public static JiraException authRequired(String message, String authorisationUrl) {
        return new JiraException(JiraFault.AUTH_REQUIRED, message, false, authorisationUrl, null, null);
    }

    public JiraFault fault() {
        return fault;
    }

    public boolean uncertain() {
        return uncertain;
    }

    /** Where to send the user to authorise the application link; null for tokens. */
    public String authorisationUrl() {
        return authorisationUrl;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
