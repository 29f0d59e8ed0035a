package io.journeymaps.map.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A map's header row; its elements live in the child tables, keyed by MAP_ID. PAGE_MACRO
 * ("pageId:macroKey", see {@link AoMapStore#pageMacro}) is unique, so a page can never get two maps
 * for one macro key, whichever node inserts them. It is nullable only because model version 5 added
 * it to existing rows (see storage.upgrade.PageMacroKeys); the store writes it on every new row.
 */
@Table("MAP")
@Preload({"PAGE_ID", "SPACE_KEY", "MACRO_KEY", "TITLE", "GOAL", "JOURNEY_TYPE", "MAP_STATE", "DERIVED_FROM_MAP_ID",
        "SALES_CYCLE", "OWNER_KEY", "DIRECTION", "MAP_LANGUAGE", "TEMPLATE_ID", "VERSION", "CREATED", "UPDATED", "PAGE_MACRO"})
public interface MapEntity extends Entity {
    @Indexed
    long getPageId();
    void setPageId(long pageId);

    String getSpaceKey();
    void setSpaceKey(String spaceKey);

    @Indexed
    String getMacroKey();
    void setMacroKey(String macroKey);

    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getPageMacro();
    void setPageMacro(String pageMacro);

    String getTitle();
    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getGoal();
    void setGoal(String goal);

    String getJourneyType();
    void setJourneyType(String journeyType);

    String getMapState();
    void setMapState(String mapState);

    Long getDerivedFromMapId();
    void setDerivedFromMapId(Long derivedFromMapId);

    String getSalesCycle();
    void setSalesCycle(String salesCycle);

    String getOwnerKey();
    void setOwnerKey(String ownerKey);

    String getDirection();
    void setDirection(String direction);

    String getMapLanguage();
    void setMapLanguage(String mapLanguage);

    String getTemplateId();
    void setTemplateId(String templateId);

    @NotNull
    long getVersion();
    void setVersion(long version);

    Date getCreated();
    void setCreated(Date created);

    Date getUpdated();
    void setUpdated(Date updated);
}
