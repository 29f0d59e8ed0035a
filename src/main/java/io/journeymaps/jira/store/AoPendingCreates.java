package io.journeymaps.jira.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.jira.PendingCreate;
import io.journeymaps.jira.PendingCreates;
import io.journeymaps.storage.AoDatabase;
import io.journeymaps.storage.SqlErrors;

import net.java.ao.Query;

/** Pending creates over Active Objects; the unique PENDING_KEY refuses a second one for a card. */
@Named
public class AoPendingCreates implements PendingCreates {
    private final AoDatabase db;

    @Inject
    public AoPendingCreates(AoDatabase db) {
        this.db = db;
    }

    @Override
    public boolean add(PendingCreate p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("MAP_ID", p.mapId());
        row.put("CARD_ID", p.cardId());
        row.put("SERVER_ID", p.serverId());
        row.put("PENDING_KEY", key(p.mapId(), p.cardId(), p.serverId()));
        row.put("MARKER", p.marker());
        row.put("PROJECT_KEY", p.projectKey());
        row.put("CREATED", p.created() == null ? null : Date.from(p.created()));
        try {
            db.inTransaction(() -> db.create(JiraPendingEntity.class, row));
            return true;
        } catch (RuntimeException e) {
            if (SqlErrors.isWriteConflict(e) || find(p.mapId(), p.cardId(), p.serverId()).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<PendingCreate> find(long mapId, String cardId, String serverId) {
        JiraPendingEntity[] rows = db.find(JiraPendingEntity.class,
                Query.select().where("PENDING_KEY = ?", key(mapId, cardId, serverId)));
        return Arrays.stream(rows).findFirst().map(AoPendingCreates::pending);
    }

    @Override
    public List<PendingCreate> ofMap(long mapId) {
        JiraPendingEntity[] rows = db.find(JiraPendingEntity.class, Query.select().where("MAP_ID = ?", mapId));
        return Arrays.stream(rows).sorted(Comparator.comparingInt(JiraPendingEntity::getID))
                .map(AoPendingCreates::pending).toList();
    }

    @Override
    public void remove(long mapId, String cardId, String serverId) {
        db.deleteWithSQL(JiraPendingEntity.class, "PENDING_KEY = ?", key(mapId, cardId, serverId));
    }

    private static PendingCreate pending(JiraPendingEntity e) {
        return new PendingCreate(e.getMapId(), e.getCardId(), e.getServerId(), e.getMarker(), e.getProjectKey(),
                e.getCreated() == null ? null : Instant.ofEpochMilli(e.getCreated().getTime()));
    }

    static String key(long mapId, String cardId, String serverId) {
        return mapId + ":" + serverId + ":" + cardId;
    }
}
