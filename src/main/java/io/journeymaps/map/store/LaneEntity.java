package io.journeymaps.map.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/** A lane (row) of a map; SORT_ORDER is its position among the map's lanes. */
@Table("LANE")
@Preload({"MAP_ID", "ELEMENT_ID", "LANE_TYPE", "NAME", "HIDDEN", "SORT_ORDER"})
public interface LaneEntity extends Entity {
    @Indexed
    long getMapId();
    void setMapId(long mapId);

    String getElementId();
    void setElementId(String elementId);

    String getLaneType();
    void setLaneType(String laneType);

    String getName();
    void setName(String name);

    boolean isHidden();
    void setHidden(boolean hidden);

    int getSortOrder();
    void setSortOrder(int sortOrder);
}
