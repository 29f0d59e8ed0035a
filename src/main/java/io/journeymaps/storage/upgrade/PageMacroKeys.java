package io.journeymaps.storage.upgrade;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

import io.journeymaps.map.store.AoMapStore;
import io.journeymaps.map.store.MapEntity;
import io.journeymaps.map.store.MapPageMacroColumn;
import io.journeymaps.storage.AoDatabase;
import io.journeymaps.storage.Entities;

import net.java.ao.Query;

/**
 * Model version 5: MAP.PAGE_MACRO, unique, so that a page can never get two maps for one macro key.
 * Three steps, each safe to run again: add the column without its constraint, fill it for every row
 * still null, then migrate to the live entities, which adds the unique constraint. Where old data
 * already has several maps for one page and key (the race this version closes), the lowest id keeps
 * "pageId:macroKey" (the map lookups already returned) and each other one gets "pageId:macroKey#id":
 * nothing is deleted, every map stays reachable by its id.
 */
public final class PageMacroKeys implements SchemaUpgrade {
    @Override
    public int modelVersion() {
        return 5;
    }

    @Override
    public String description() {
        return "Add the unique page and macro key column of maps";
    }

    @Override
    public void apply(AoDatabase db) {
        db.migrate(MapPageMacroColumn.class);
        db.inTransaction(() -> {
            fill(db);
            return null;
        });
        db.migrate(Entities.all());
    }

    private static void fill(AoDatabase db) {
        MapEntity[] rows = db.find(MapEntity.class, Query.select());
        Arrays.sort(rows, Comparator.comparingInt(MapEntity::getID));
        Set<String> taken = new HashSet<>();
        for (MapEntity row : rows) {
            if (row.getPageMacro() != null) {
                taken.add(row.getPageMacro());
            }
        }
        Set<String> claimed = new HashSet<>();
        for (MapEntity row : rows) {
            String key = keyOf(row);
            if (row.getPageMacro() != null) {
                claimed.add(key);
                continue;
            }
            String value;
            if (row.getMacroKey() != null && claimed.add(key) && !taken.contains(key)) {
                value = key;
            } else {
                // A later duplicate (or a map without a macro key, which no lookup finds): distinct by its id.
                value = key + "#" + row.getID();
                while (taken.contains(value)) {
                    value += "#";
                }
            }
            taken.add(value);
            row.setPageMacro(value);
            row.save();
        }
    }

    private static String keyOf(MapEntity row) {
        return row.getMacroKey() == null ? row.getPageId() + ":" : AoMapStore.pageMacro(row.getPageId(), row.getMacroKey());
    }
}
