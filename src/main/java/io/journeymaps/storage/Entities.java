package io.journeymaps.storage;

import io.journeymaps.comment.store.CommentEntity;
import io.journeymaps.comment.store.CommentEventEntity;
import io.journeymaps.history.store.RevisionEntity;
import io.journeymaps.jira.store.JiraPendingEntity;
import io.journeymaps.map.store.BatchEntity;
import io.journeymaps.map.store.BatchTargetEntity;
import io.journeymaps.map.store.CardEntity;
import io.journeymaps.map.store.EmotionEntity;
import io.journeymaps.map.store.JiraLinkEntity;
import io.journeymaps.map.store.LaneEntity;
import io.journeymaps.map.store.MapEntity;
import io.journeymaps.map.store.MapPersonaEntity;
import io.journeymaps.map.store.StageEntity;
import io.journeymaps.map.store.StepEntity;
import io.journeymaps.persona.store.PersonaEntity;

import net.java.ao.RawEntity;

/**
 * Every Active Objects entity of the plugin at the latest model version (the descriptor's {@code <ao>}
 * lists the same). Version 2 added JIRA_LINK.LINK_STATE and the JIRA_PENDING table;
 * version 3 the COMMENT_EVENT table; version 5 the unique MAP.PAGE_MACRO.
 */
public final class Entities {
    private Entities() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] all() {
        return new Class[] {
            MapEntity.class, StageEntity.class, StepEntity.class, LaneEntity.class, CardEntity.class,
            EmotionEntity.class, MapPersonaEntity.class, BatchEntity.class, BatchTargetEntity.class,
            JiraLinkEntity.class, PersonaEntity.class, CommentEntity.class, RevisionEntity.class, JiraPendingEntity.class,
            CommentEventEntity.class
        };
    }
}
