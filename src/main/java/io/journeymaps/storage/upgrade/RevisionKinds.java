package io.journeymaps.storage.upgrade;

import io.journeymaps.storage.AoDatabase;
import io.journeymaps.storage.Entities;

/**
 * Model version 3: REVISION gets KIND (null on old rows, read as EDIT) and SESSION (the changes of
 * the editing session a revision sums up). Only adds; migrating again is harmless.
 */
public final class RevisionKinds implements SchemaUpgrade {
    @Override
    public int modelVersion() {
        return 3;
    }

    @Override
    public String description() {
        return "Add the revision kind and editing-session columns";
    }

    @Override
    public void apply(AoDatabase db) {
        db.migrate(Entities.all());
    }
}
