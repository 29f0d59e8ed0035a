package io.journeymaps.map.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One committed batch of a map, i.e. one version. BATCH_KEY ("mapId:version") is unique, so two
 * writers that both start from the same version collide in the database, whichever cluster node
 * they run on: the loser's transaction fails and rolls back.
 */
@Table("BATCH")
@Preload({"MAP_ID", "VERSION", "AUTHOR", "CREATED", "BATCH_KEY"})
public interface BatchEntity extends Entity {
    @Indexed
    long getMapId();
    void setMapId(long mapId);

    long getVersion();
    void setVersion(long version);

    String getAuthor();
    void setAuthor(String author);

    Date getCreated();
    void setCreated(Date created);

    @NotNull
    @Unique
    String getBatchKey();
    void setBatchKey(String batchKey);
}
