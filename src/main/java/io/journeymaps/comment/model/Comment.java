package io.journeymaps.comment.model;

import java.time.Instant;

/**
 * A comment on a map. A thread is a root comment ({@code parentId == null}) with its replies;
 * {@code resolved} is meaningful on the root.
 */
public record Comment(long id, long mapId, Anchor anchor, Long parentId, String author, String body,
                      Instant created, Instant edited, boolean resolved) {
}
