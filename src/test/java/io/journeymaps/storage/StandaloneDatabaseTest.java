package io.journeymaps.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.journeymaps.host.UserRef;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.store.AoMapStore;
import io.journeymaps.map.store.MapEntity;
import io.journeymaps.standalone.storage.SchemaVersionEntity;
import io.journeymaps.standalone.storage.StandaloneDatabase;
import io.journeymaps.storage.upgrade.SchemaUpgrades;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.java.ao.Query;

/** The standalone host's database on an H2 file: naming, schema upgrades, persistence, transactions. */
class StandaloneDatabaseTest {
    private static final UserRef USER = new UserRef("u", "U");

    @TempDir
    Path dir;

    private StandaloneDatabase open() {
        return StandaloneDatabase.open("jdbc:h2:file:" + dir.resolve("journeymaps"), "sa", "", "PUBLIC");
    }

    private static JourneyMap emptyMap(String macroKey) {
        return new JourneyMap(0, new MapHeader(1, "DS", macroKey, "Title", null, null, null, null, null, null, null,
                null, null, 0, null, null), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void tablePrefix_isDerivedFromTheAoNamespaceAsConfluenceDoes() {
        // md5("io.journeymaps") = 8c6fbbaa6634398154eabc6852629ceb
        assertEquals("AO_629CEB_", StandaloneDatabase.TABLE_PREFIX);
    }

    @Test
    void open_upgradesToTheLatestModelVersionOnce_andKeepsDataAcrossRestarts() throws Exception {
        long mapId;
        try (StandaloneDatabase db = open()) {
            assertEquals(SchemaUpgrades.latestModelVersion(), db.modelVersion());
            assertTrue(tableNames(db).containsAll(List.of("AO_629CEB_MAP", "AO_629CEB_CARD", "AO_629CEB_BATCH_TARGET",
                    "AO_629CEB_PERSONA", "AO_629CEB_COMMENT", "AO_629CEB_REVISION", "AO_629CEB_SCHEMA_VERSION")),
                    tableNames(db).toString());
            mapId = new AoMapStore(db.aoDatabase()).insert(emptyMap("macro-1"), USER).id();
        }
        try (StandaloneDatabase db = open()) {
            assertEquals(Optional.of(mapId), new AoMapStore(db.aoDatabase()).findAnyByMacroKey("macro-1"));
            assertEquals(SchemaUpgrades.all().size(), db.aoDatabase().count(SchemaVersionEntity.class, Query.select()));
        }
    }

    @Test
    void inTransaction_rollsBackAndRethrowsTheWorksException() {
        try (StandaloneDatabase db = open()) {
            AoDatabase ao = db.aoDatabase();
            IllegalArgumentException boom = new IllegalArgumentException("boom");

            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> ao.inTransaction(() -> {
                ao.create(MapEntity.class, Map.of("PAGE_ID", 5L, "MACRO_KEY", "rolled-back", "PAGE_MACRO", "5:rolled-back", "VERSION", 1L));
                throw boom;
            }));

            assertSame(boom, thrown);
            assertEquals(0, ao.count(MapEntity.class, Query.select().where("MACRO_KEY = ?", "rolled-back")));
        }
    }

    @Test
    void inTransaction_nestedCallsJoinTheOuterTransaction() {
        try (StandaloneDatabase db = open()) {
            AoDatabase ao = db.aoDatabase();

            assertThrows(IllegalStateException.class, () -> ao.inTransaction(() -> {
                ao.inTransaction(() -> ao.create(MapEntity.class,
                        Map.of("PAGE_ID", 5L, "MACRO_KEY", "inner", "PAGE_MACRO", "5:inner", "VERSION", 1L)));
                throw new IllegalStateException("outer fails after the inner work returned");
            }));
            ao.inTransaction(() -> ao.create(MapEntity.class, Map.of("PAGE_ID", 5L, "MACRO_KEY", "committed", "PAGE_MACRO", "5:committed", "VERSION", 1L)));

            assertEquals(0, ao.count(MapEntity.class, Query.select().where("MACRO_KEY = ?", "inner")));
            assertEquals(1, ao.count(MapEntity.class, Query.select().where("MACRO_KEY = ?", "committed")));
        }
    }

    private static List<String> tableNames(StandaloneDatabase db) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = db.entityManager().getProvider().getConnection();
             ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "AO_%", null)) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
