package io.journeymaps.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Asserts that code refuses its input with one field error naming the field and a reason. */
public final class InvalidInputAssertions {
    private InvalidInputAssertions() {
    }

    public static FieldError assertInvalid(String field, String reasonPart, Executable code) {
        InvalidInputException e = assertThrows(InvalidInputException.class, code);
        FieldError error = e.errors().get(0);
        assertEquals(field, error.field(), () -> "field of " + error);
        assertTrue(error.reason().contains(reasonPart), () -> "reason '" + error.reason() + "' should contain '" + reasonPart + "'");
        return error;
    }
}
