package io.journeymaps.jira.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A Jira issue being created for a card, recorded before the call to Jira. PENDING_KEY
 * ("mapId:serverId:cardId") is unique, so two concurrent creates for one card collide in the
 * database; MARKER is written into the issue so an uncertain create can be found again.
 */
@Table("JIRA_PENDING")
@Preload({"MAP_ID", "CARD_ID", "SERVER_ID", "PENDING_KEY", "MARKER", "PROJECT_KEY", "CREATED"})
public interface JiraPendingEntity extends Entity {
    @Indexed
    long getMapId();
    void setMapId(long mapId);

    String getCardId();
    void setCardId(String cardId);

    String getServerId();
    void setServerId(String serverId);

    @NotNull
    @Unique
    String getPendingKey();
    void setPendingKey(String pendingKey);

    String getMarker();
    void setMarker(String marker);

    String getProjectKey();
    void setProjectKey(String projectKey);

    Date getCreated();
    void setCreated(Date created);
}
