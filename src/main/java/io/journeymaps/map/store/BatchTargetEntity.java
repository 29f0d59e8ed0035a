package io.journeymaps.map.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One target (a conflict-detection key) changed by the batch that made VERSION of the map. */
@Table("BATCH_TARGET")
@Preload({"MAP_ID", "VERSION", "TARGET"})
public interface BatchTargetEntity extends Entity {
    @Indexed
    long getMapId();
    void setMapId(long mapId);

    long getVersion();
    void setVersion(long version);

    @StringLength(StringLength.MAX_LENGTH)
    String getTarget();
    void setTarget(String target);
}
