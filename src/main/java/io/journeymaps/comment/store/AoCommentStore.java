package io.journeymaps.comment.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.comment.CommentRepository;
import io.journeymaps.comment.model.Anchor;
import io.journeymaps.comment.model.Comment;
import io.journeymaps.common.NotFoundException;
import io.journeymaps.storage.AoDatabase;
import io.journeymaps.storage.EntityColumns;

import net.java.ao.Query;

/**
 * Comments over Active Objects: one COMMENT table, read by map (indexed) or by id. Every change also
 * writes a COMMENT_EVENT row in its transaction; their count per map is the change stamp.
 */
@Named
public class AoCommentStore implements CommentRepository {
    private final AoDatabase db;

    @Inject
    public AoCommentStore(AoDatabase db) {
        this.db = db;
    }

    @Override
    public List<Comment> ofMap(long mapId) {
        return Arrays.stream(db.find(CommentEntity.class, Query.select().where("MAP_ID = ?", mapId).order("ID")))
                .map(AoCommentStore::toComment)
                .toList();
    }

    /** Only the anchor columns of open thread roots: the count is per anchor, done while reading. */
    @Override
    public Map<Anchor, Integer> openThreadCounts(long mapId) {
        CommentEntity[] open = db.find(CommentEntity.class, Query.select("ID, ANCHOR_TYPE, ANCHOR_ELEMENT_ID")
                .where("MAP_ID = ? AND PARENT_ID IS NULL AND RESOLVED = ?", mapId, false));
        Map<Anchor, Integer> counts = new HashMap<>();
        for (CommentEntity e : open) {
            counts.merge(new Anchor(Anchor.Type.valueOf(e.getAnchorType()), e.getAnchorElementId()), 1, Integer::sum);
        }
        return counts;
    }

    @Override
    public Optional<Comment> get(long commentId) {
        CommentEntity[] found = db.find(CommentEntity.class, Query.select().where("ID = ?", commentId));
        return found.length == 0 ? Optional.empty() : Optional.of(toComment(found[0]));
    }

    @Override
    public Comment insert(Comment comment) {
        return db.inTransaction(() -> {
            Comment created = toComment(db.create(CommentEntity.class, columns(comment)));
            recordChange(created.mapId(), created.id());
            return created;
        });
    }

    @Override
    public Comment update(Comment comment) {
        return db.inTransaction(() -> {
            CommentEntity[] found = db.find(CommentEntity.class, Query.select().where("ID = ?", comment.id()));
            if (found.length == 0) {
                throw new NotFoundException("comment " + comment.id() + " not found");
            }
            Map<String, Object> changed = new LinkedHashMap<>();
            changed.put("BODY", comment.body());
            changed.put("EDITED", date(comment.edited()));
            changed.put("RESOLVED", comment.resolved());
            EntityColumns.write(found[0], changed);
            found[0].save();
            recordChange(found[0].getMapId(), comment.id());
            return toComment(found[0]);
        });
    }

    @Override
    public void deleteWithReplies(long commentId) {
        db.inTransaction(() -> {
            CommentEntity[] found = db.find(CommentEntity.class, Query.select().where("ID = ?", commentId));
            int deleted = db.deleteWithSQL(CommentEntity.class, "ID = ? OR PARENT_ID = ?", commentId, commentId);
            if (found.length > 0) {
                recordChange(found[0].getMapId(), commentId);
            }
            return deleted;
        });
    }

    @Override
    public void deleteOfMap(long mapId) {
        db.inTransaction(() -> {
            db.deleteWithSQL(CommentEventEntity.class, "MAP_ID = ?", mapId);
            return db.deleteWithSQL(CommentEntity.class, "MAP_ID = ?", mapId);
        });
    }

    /** One COUNT over an indexed column: cheap enough for every editor's poll. */
    @Override
    public long changeStamp(long mapId) {
        return db.count(CommentEventEntity.class, Query.select().where("MAP_ID = ?", mapId));
    }

    private void recordChange(long mapId, long commentId) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("MAP_ID", mapId);
        event.put("COMMENT_ID", commentId);
        db.create(CommentEventEntity.class, event);
    }

    private static Map<String, Object> columns(Comment c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("MAP_ID", c.mapId());
        m.put("ANCHOR_TYPE", c.anchor().type().name());
        m.put("ANCHOR_ELEMENT_ID", c.anchor().elementId());
        m.put("PARENT_ID", c.parentId());
        m.put("AUTHOR", c.author());
        m.put("BODY", c.body());
        m.put("CREATED", date(c.created()));
        m.put("EDITED", date(c.edited()));
        m.put("RESOLVED", c.resolved());
        return m;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Comment toComment(CommentEntity e) {
        return new Comment(e.getID(), e.getMapId(), new Anchor(Anchor.Type.valueOf(e.getAnchorType()), e.getAnchorElementId()),
                e.getParentId(), e.getAuthor(), e.getBody(), instant(e.getCreated()), instant(e.getEdited()),
                e.isResolved());
    }
}
