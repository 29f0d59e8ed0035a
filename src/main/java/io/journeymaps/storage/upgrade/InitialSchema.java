package io.journeymaps.storage.upgrade;

import io.journeymaps.storage.AoDatabase;
import io.journeymaps.storage.Entities;

/** Model version 1: creates every table of {@link Entities#all()}. */
public final class InitialSchema implements SchemaUpgrade {
    @Override
    public int modelVersion() {
        return 1;
    }

    @Override
    public String description() {
        return "Create the journey map, persona, comment and revision tables";
    }

    @Override
    public void apply(AoDatabase db) {
        db.migrate(Entities.all());
    }
}
