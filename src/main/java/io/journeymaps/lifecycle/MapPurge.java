package io.journeymaps.lifecycle;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.comment.CommentRepository;
import io.journeymaps.common.NotFoundException;
import io.journeymaps.history.RevisionRepository;
import io.journeymaps.jira.PendingCreate;
import io.journeymaps.jira.PendingCreates;
import io.journeymaps.map.MapRepository;

/**
 * Removes a map for good with everything that belongs to it: its elements and Jira links (the map
 * store), pending Jira creates, comments and revisions. The one path for both a deleted map
 * (REST DELETE /maps/{id}) and a purged page. Permission checks are the caller's job.
 */
@Named
public class MapPurge {
    private final MapRepository maps;
    private final CommentRepository comments;
    private final RevisionRepository revisions;
    private final PendingCreates pendingCreates;

    @Inject
    public MapPurge(MapRepository maps, CommentRepository comments, RevisionRepository revisions,
                    PendingCreates pendingCreates) {
        this.maps = maps;
        this.comments = comments;
        this.revisions = revisions;
        this.pendingCreates = pendingCreates;
    }

    /**
     * Removes the map and all its data in one transaction (the map store's, which the other stores on
     * the same database join); NotFoundException when there is no such map.
     */
    public void purge(long mapId) {
        maps.inTransaction(() -> {
            if (maps.version(mapId).isEmpty()) {
                throw new NotFoundException("map " + mapId);
            }
            purgeExisting(mapId);
            return null;
        });
    }

    /** For callers that already run a transaction and know the map exists. */
    void purgeExisting(long mapId) {
        for (PendingCreate pending : pendingCreates.ofMap(mapId)) {
            pendingCreates.remove(mapId, pending.cardId(), pending.serverId());
        }
        comments.deleteOfMap(mapId);
        revisions.deleteOfMap(mapId);
        maps.delete(mapId);
    }
}
