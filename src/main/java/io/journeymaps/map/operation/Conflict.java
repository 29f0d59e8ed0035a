package io.journeymaps.map.operation;

/**
 * An operation of a batch that would overwrite or lose something another user changed after the
 * batch's base version. {@code theirs} is the value stored now, {@code yours} the value the operation
 * would set (null for a deletion); both are plain JSON-ready values. {@code field} is a wire name
 * ({@code text}, {@code name}, {@code order}, {@code position}, {@code score}, …) or null when the whole
 * element is concerned.
 */
public record Conflict(int operationIndex, String elementType, String elementId, String field,
                       Object theirs, Object yours, Kind kind) {

    public enum Kind {
        /** They changed the same field (or an element yours would delete). */
        CHANGED("changed"),
        /** They deleted the element yours edits, moves or adds into. */
        DELETED("deleted");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
