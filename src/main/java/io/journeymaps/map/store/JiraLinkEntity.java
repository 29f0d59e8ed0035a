package io.journeymaps.map.store;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A card's link to a Jira issue with the issue's last fetched state. */
@Table("JIRA_LINK")
@Preload({"MAP_ID", "CARD_ID", "SERVER_ID", "ISSUE_KEY", "SUMMARY", "STATUS_NAME", "STATUS_CATEGORY", "ASSIGNEE",
        "FETCHED_AT", "LINK_STATE"})
public interface JiraLinkEntity extends Entity {
    @Indexed
    long getMapId();
    void setMapId(long mapId);

    String getCardId();
    void setCardId(String cardId);

    String getServerId();
    void setServerId(String serverId);

    @Indexed
    String getIssueKey();
    void setIssueKey(String issueKey);

    @StringLength(StringLength.UNLIMITED)
    String getSummary();
    void setSummary(String summary);

    String getStatusName();
    void setStatusName(String statusName);

    String getStatusCategory();
    void setStatusCategory(String statusCategory);

    String getAssignee();
    void setAssignee(String assignee);

    Date getFetchedAt();
    void setFetchedAt(Date fetchedAt);

    /** A {@code JiraLinkState} name; null (rows of model version 1) means OK. Added in model version 2. */
    String getLinkState();
    void setLinkState(String linkState);
}
