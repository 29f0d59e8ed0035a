package io.journeymaps.map.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/** A step (column); STAGE_ID is the element id of its stage, SORT_ORDER its position in that stage. */
@Table("STEP")
@Preload({"MAP_ID", "STAGE_ID", "ELEMENT_ID", "NAME", "HIDDEN", "SORT_ORDER"})
public interface StepEntity extends Entity {
    @Indexed
    long getMapId();
    void setMapId(long mapId);

    String getStageId();
    void setStageId(String stageId);

    String getElementId();
    void setElementId(String elementId);

    String getName();
    void setName(String name);

    boolean isHidden();
    void setHidden(boolean hidden);

    int getSortOrder();
    void setSortOrder(int sortOrder);
}
