package io.journeymaps.jira;

import java.util.List;
import java.util.Optional;

/** Where pending creates are kept (shared by every cluster node). */
public interface PendingCreates {
    /** Records it; false when the card already has a pending create on that server. */
    boolean add(PendingCreate pending);

    Optional<PendingCreate> find(long mapId, String cardId, String serverId);

    List<PendingCreate> ofMap(long mapId);

    void remove(long mapId, String cardId, String serverId);
}
