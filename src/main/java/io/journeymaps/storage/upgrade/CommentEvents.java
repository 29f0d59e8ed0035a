package io.journeymaps.storage.upgrade;

import io.journeymaps.storage.AoDatabase;
import io.journeymaps.storage.Entities;

/**
 * Model version 4: the COMMENT_EVENT table, one row per comment change, whose count per map is the
 * comment stamp of {@code GET /maps/{id}/version}. Only adds; existing maps start at stamp 0.
 */
public final class CommentEvents implements SchemaUpgrade {
    @Override
    public int modelVersion() {
        return 4;
    }

    @Override
    public String description() {
        return "Add the comment events table (live comment updates)";
    }

    @Override
    public void apply(AoDatabase db) {
        db.migrate(Entities.all());
    }
}
