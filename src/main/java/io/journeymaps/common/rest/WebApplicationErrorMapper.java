package io.journeymaps.common.rest;

import jakarta.inject.Named;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the JAX-RS runtime raises before a resource method runs (unknown path, an id that is not
 * a number, wrong method or content type) answered in the API's own error format.
 */
@Named
@Provider
public class WebApplicationErrorMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        Response.Status answered = known == null ? Response.Status.INTERNAL_SERVER_ERROR : known;
        String code = switch (answered) {
            case NOT_FOUND -> "not_found";
            case METHOD_NOT_ALLOWED -> "method_not_allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
            case NOT_ACCEPTABLE -> "not_acceptable";
            case BAD_REQUEST -> "invalid_input";
            default -> answered.getStatusCode() >= 500 ? "internal_error" : "request_refused";
        };
        String message = switch (answered) {
            case NOT_FOUND -> "no such resource";
            case METHOD_NOT_ALLOWED -> "this method is not allowed here";
            case UNSUPPORTED_MEDIA_TYPE -> "send the body as application/json";
            default -> answered.getReasonPhrase();
        };
        return ApiResponses.error(answered, code, message);
    }
}
