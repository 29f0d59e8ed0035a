package io.journeymaps.comment.model;

/** What a comment thread is attached to: the map itself, or a stage, step or card of it. */
public record Anchor(Type type, String elementId) {
    public enum Type { MAP, STAGE, STEP, CARD }
}
