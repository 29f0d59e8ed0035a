package io.journeymaps.map.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/** A stage of a map; SORT_ORDER is its position among the map's stages. */
@Table("STAGE")
@Preload({"MAP_ID", "ELEMENT_ID", "NAME", "HIDDEN", "SORT_ORDER"})
public interface StageEntity extends Entity {
    @Indexed
    long getMapId();
    void setMapId(long mapId);

    String getElementId();
    void setElementId(String elementId);

    String getName();
    void setName(String name);

    boolean isHidden();
    void setHidden(boolean hidden);

    int getSortOrder();
    void setSortOrder(int sortOrder);
}
