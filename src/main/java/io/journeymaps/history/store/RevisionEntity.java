package io.journeymaps.history.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A revision (see history.model.Revision) with the whole map at that version as JSON in SNAPSHOT.
 * SNAPSHOT is deliberately not preloaded: listing revisions must not read every snapshot. KIND
 * (model version 3; null on older rows, read as EDIT) says how the revision came about; SESSION
 * holds the changes of the editing session the revision sums up (small JSON, read only for the
 * newest revision when the next edit may coalesce into it).
 */
@Table("REVISION")
@Preload({"MAP_ID", "VERSION", "AUTHOR", "CREATED", "SUMMARY", "KIND"})
public interface RevisionEntity extends Entity {
    @Indexed
    long getMapId();
    void setMapId(long mapId);

    long getVersion();
    void setVersion(long version);

    String getAuthor();
    void setAuthor(String author);

    Date getCreated();
    void setCreated(Date created);

    @StringLength(StringLength.MAX_LENGTH)
    String getSummary();
    void setSummary(String summary);

    String getKind();
    void setKind(String kind);

    @StringLength(StringLength.UNLIMITED)
    String getSession();
    void setSession(String session);

    @StringLength(StringLength.UNLIMITED)
    String getSnapshot();
    void setSnapshot(String snapshot);
}
