package io.journeymaps.common;

import java.util.List;

/** Bad input; answered with 400 and the field errors. Nothing has been stored when it is thrown. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).reason());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String reason) {
        this(List.of(new FieldError(field, reason)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
