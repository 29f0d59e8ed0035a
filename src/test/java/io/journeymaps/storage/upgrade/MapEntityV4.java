package io.journeymaps.storage.upgrade;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The MAP table as model version 4 had it (no PAGE_MACRO): builds an old database for the upgrade tests. */
@Table("MAP")
public interface MapEntityV4 extends Entity {
    @Indexed
    long getPageId();
    void setPageId(long pageId);

    String getSpaceKey();
    void setSpaceKey(String spaceKey);

    @Indexed
    String getMacroKey();
    void setMacroKey(String macroKey);

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
