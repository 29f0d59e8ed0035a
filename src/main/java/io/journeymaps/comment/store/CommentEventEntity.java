package io.journeymaps.comment.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/**
 * One row per change to a map's comments (new, edited, resolved, reopened, deleted), written in the
 * same transaction as the change. Their count per map is the comment stamp that pollers compare:
 * it only grows, whatever node wrote and in whatever order transactions commit, with no clock.
 */
@Table("COMMENT_EVENT")
@Preload({"MAP_ID", "COMMENT_ID"})
public interface CommentEventEntity extends Entity {
    @Indexed
    long getMapId();
    void setMapId(long mapId);

    long getCommentId();
    void setCommentId(long commentId);
}
