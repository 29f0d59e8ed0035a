package io.journeymaps.comment;

import java.util.List;

/**
 * The threads of one map as the current user sees them, with what the user may do:
 * {@code canComment} (signed in and may view the page) and {@code canModerate} (may edit the page,
 * so may delete anyone's comment). {@code currentUser} is the user's key (null for anonymous visitors),
 * so the editor knows which comments are the user's own.
 */
public record MapComments(long mapId, List<CommentThread> threads, boolean canComment, boolean canModerate,
                          String currentUser) {
    public MapComments {
        threads = List.copyOf(threads);
    }
}
