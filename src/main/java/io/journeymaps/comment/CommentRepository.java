package io.journeymaps.comment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.journeymaps.comment.model.Anchor;
import io.journeymaps.comment.model.Comment;

/** Where comments live. Every query is by map or by comment id: no scans. */
public interface CommentRepository {
    /** Every comment of the map, roots and replies, oldest first. */
    List<Comment> ofMap(long mapId);

    Optional<Comment> get(long commentId);

    /**
     * Per anchor, how many of the map's threads are open (not resolved); anchors without an open
     * thread are absent. One query whatever the map's size: the static view's comment counts.
     */
    Map<Anchor, Integer> openThreadCounts(long mapId);

    /** Stores a new comment (its id is ignored) and returns it with the id given. */
    Comment insert(Comment comment);

    /** Writes body, edited and resolved of an existing comment. */
    Comment update(Comment comment);

    /** Deletes the comment and, when it is a thread root, every reply of the thread. */
    void deleteWithReplies(long commentId);

    /**
     * A number that grows with every change to the map's comments (insert, update, delete) on any
     * node; equal numbers mean nothing changed. Read from the database, never from memory.
     */
    long changeStamp(long mapId);

    /** Deletes every comment of the map (the map is gone for good). */
    void deleteOfMap(long mapId);
}
