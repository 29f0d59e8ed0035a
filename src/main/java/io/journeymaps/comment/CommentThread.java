package io.journeymaps.comment;

import java.util.List;

import io.journeymaps.comment.model.Comment;

/**
 * A root comment with its replies, oldest first. {@code anchorRemoved} is true when the stage, step
 * or card it was written on no longer exists: the thread stays readable, never lost.
 */
public record CommentThread(Comment root, List<Comment> replies, boolean anchorRemoved) {
    public CommentThread {
        replies = List.copyOf(replies);
    }

    public boolean resolved() {
        return root.resolved();
    }

    public int size() {
        return 1 + replies.size();
    }
}
