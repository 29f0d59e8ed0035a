package io.journeymaps.history.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A revision (see history.model.Revision) with the whole map at that version as JSON in SNAPSHOT.
 * SNAPSHOT is deliberately not preloaded: listing revisions must not read every snapshot.
 */
@Table("REVISION")
@Preload({"MAP_ID", "VERSION", "AUTHOR", "CREATED", "SUMMARY"})
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

    @StringLength(StringLength.UNLIMITED)
    String getSnapshot();
    void setSnapshot(String snapshot);
}
