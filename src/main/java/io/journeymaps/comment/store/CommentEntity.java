package io.journeymaps.comment.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A comment on a map (see comment.model.Comment). ANCHOR_TYPE is the Anchor.Type name;
 * PARENT_ID is the ID of the thread's root comment, null on roots.
 */
@Table("COMMENT")
@Preload({"MAP_ID", "ANCHOR_TYPE", "ANCHOR_ELEMENT_ID", "PARENT_ID", "AUTHOR", "BODY", "CREATED", "EDITED",
        "RESOLVED"})
public interface CommentEntity extends Entity {
    @Indexed
    long getMapId();
    void setMapId(long mapId);

    String getAnchorType();
    void setAnchorType(String anchorType);

    String getAnchorElementId();
    void setAnchorElementId(String anchorElementId);

    Long getParentId();
    void setParentId(Long parentId);

    String getAuthor();
    void setAuthor(String author);

    @StringLength(StringLength.UNLIMITED)
    String getBody();
    void setBody(String body);

    Date getCreated();
    void setCreated(Date created);

    Date getEdited();
    void setEdited(Date edited);

    boolean isResolved();
    void setResolved(boolean resolved);
}
