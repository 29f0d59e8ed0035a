package io.journeymaps.common;

/** One reason an input was refused: the JSON path of the field (e.g. {@code operations[2].cardId}) and why. */
public record FieldError(String field, String reason) {
}
