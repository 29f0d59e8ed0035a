package io.journeymaps.map.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/** A persona attached to a map, at position SORT_ORDER. */
@Table("MAP_PERSONA")
@Preload({"MAP_ID", "PERSONA_ID", "SORT_ORDER"})
public interface MapPersonaEntity extends Entity {
    @Indexed
    long getMapId();
    void setMapId(long mapId);

    @Indexed
    long getPersonaId();
    void setPersonaId(long personaId);

    int getSortOrder();
    void setSortOrder(int sortOrder);
}
