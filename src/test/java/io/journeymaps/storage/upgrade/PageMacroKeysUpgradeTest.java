package io.journeymaps.storage.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.journeymaps.host.UserRef;
import io.journeymaps.map.DuplicateMapException;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.store.AoMapStore;
import io.journeymaps.map.store.MapEntity;
import io.journeymaps.standalone.storage.SchemaVersionEntity;
import io.journeymaps.standalone.storage.StandaloneDatabase;
import io.journeymaps.storage.AoDatabase;
import io.journeymaps.storage.Entities;
import io.journeymaps.storage.SqlErrors;
import io.journeymaps.testsupport.db.PostgresAvailable;
import io.journeymaps.testsupport.db.PostgresCluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Model version 5 on a database created at model version 4 that already holds maps sharing a page
 * and macro key (the race it closes): every map stays, the oldest keeps the key, the others stay
 * reachable by id, and from then on the database refuses a second map for a page and key.
 */
class PageMacroKeysUpgradeTest {
    private static final UserRef USER = new UserRef("u", "U");

    @TempDir
    Path dir;

    @Test
    void upgradeFromVersion4_onH2_fillsTheKeyAndKeepsDuplicatesReachable() throws Exception {
        check("jdbc:h2:file:" + dir.resolve("v4"), "sa", "", "PUBLIC");
    }

    @Test
    void upgradeFromVersion4_onHsqldb_fillsTheKeyAndKeepsDuplicatesReachable() throws Exception {
        check("jdbc:hsqldb:file:" + dir.resolve("v4-hsql"), "sa", "", "PUBLIC");
    }

    @Test
    void upgradeFromVersion4_onPostgres_fillsTheKeyAndKeepsDuplicatesReachable() throws Exception {
        PostgresAvailable.assumeRunning();
        PostgresCluster pg = PostgresCluster.get();
        String schema = pg.freshSchema("upgrade_v4");
        check(pg.jdbcUrl(), PostgresCluster.USER, PostgresCluster.PASSWORD, schema);
    }

    private void check(String url, String user, String password, String schema) {
        Map<String, Integer> ids = createVersion4Database(url, user, password, schema);

        try (StandaloneDatabase db = StandaloneDatabase.open(url, user, password, schema)) {
            AoDatabase ao = db.aoDatabase();
            AoMapStore store = new AoMapStore(ao);
            assertEquals(5, db.modelVersion());
            System.out.println("[" + url.split(":")[1] + "] MAP.PAGE_MACRO after the upgrade: " + describeColumn(db));

            Map<Integer, String> pageMacro = new TreeMap<>();
            for (MapEntity m : ao.find(MapEntity.class, Query.select())) {
                pageMacro.put(m.getID(), m.getPageMacro());
            }
            int first = ids.get("first");
            int second = ids.get("second");
            int third = ids.get("third");
            int keyless = ids.get("keyless");
            assertEquals(Map.of(first, "1:a", second, "1:a#" + second, ids.get("b"), "1:b", ids.get("otherPage"), "2:a",
                    third, "1:a#" + third, keyless, "1:#" + keyless), pageMacro);
            // The lookups still answer the oldest map, as before; the others stay reachable by id.
            assertEquals(Optional.of((long) first), store.findByPageAndMacroKey(1, "a"));
            for (int id : List.of(second, third, keyless)) {
                assertEquals(id, store.load(id).orElseThrow().id());
            }
            assertEquals("a", store.load(second).orElseThrow().header().macroKey());

            // A kept duplicate can still be edited: a save does not rewrite its PAGE_MACRO.
            JourneyMap dup = store.load(second).orElseThrow();
            JourneyMap saved = store.saveBatch(dup, dup.withHeader(titled(dup.header(), "edited")), Set.of("map:title"), USER);
            assertEquals(dup.version() + 1, saved.version());

            // From now on the database refuses a second map for a page and key.
            assertThrows(DuplicateMapException.class, () -> store.insert(map(1, "a"), USER));
            assertThrows(DuplicateMapException.class, () -> store.insert(map(1, "b"), USER));
            RuntimeException raw = assertThrows(RuntimeException.class, () -> ao.inTransaction(() -> ao.create(
                    MapEntity.class, Map.of("PAGE_ID", 2L, "MACRO_KEY", "z", "PAGE_MACRO", "2:a", "VERSION", 1L))));
            assertTrue(SqlErrors.isUniqueViolation(raw), String.valueOf(raw));
            assertTrue(store.insert(map(1, "c"), USER).id() > 0);
            assertEquals(7, ao.count(MapEntity.class, Query.select()));
        }
        // Running the upgrade again (a retry after a half-finished run) changes nothing.
        try (StandaloneDatabase db = StandaloneDatabase.open(url, user, password, schema)) {
            new PageMacroKeys().apply(db.aoDatabase());
            MapEntity[] again = db.aoDatabase().find(MapEntity.class, Query.select().where("ID = ?", ids.get("second")));
            assertEquals("1:a#" + ids.get("second"), again[0].getPageMacro());
        }
    }

    private static String describeColumn(StandaloneDatabase db) {
        try (Connection c = db.entityManager().getProvider().getConnection();
             java.sql.ResultSet rs = c.getMetaData().getColumns(null, null, "%MAP", "PAGE_MACRO")) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append(rs.getString("TABLE_SCHEM")).append('.').append(rs.getString("TABLE_NAME")).append(' ')
                        .append(rs.getString("TYPE_NAME")).append('(').append(rs.getInt("COLUMN_SIZE")).append(") nullable=")
                        .append(rs.getString("IS_NULLABLE")).append("; ");
            }
            return out.toString();
        } catch (SQLException e) {
            return e.toString();
        }
    }

    /** The tables of model version 4, its recorded version and maps as the race left them: page 1 has three maps "a". */
    private static Map<String, Integer> createVersion4Database(String url, String user, String password, String schema) {
        EntityManager em = StandaloneDatabase.entityManager(url, user, password, schema);
        try {
            List<Class<? extends RawEntity<?>>> tables = new ArrayList<>();
            tables.add(SchemaVersionEntity.class);
            tables.add(MapEntityV4.class);
            Arrays.stream(Entities.all()).filter(t -> t != MapEntity.class).forEach(tables::add);
            @SuppressWarnings("unchecked")
            Class<? extends RawEntity<?>>[] all = tables.toArray(new Class[0]);
            em.migrate(all);
            for (int v = 1; v <= 4; v++) {
                em.create(SchemaVersionEntity.class, Map.of("MODEL_VERSION", v, "DESCRIPTION", "v" + v, "APPLIED", new Date()));
            }
            Map<String, Integer> ids = new HashMap<>();
            ids.put("first", v4Map(em, 1, "a"));
            ids.put("b", v4Map(em, 1, "b"));
            ids.put("second", v4Map(em, 1, "a"));
            ids.put("otherPage", v4Map(em, 2, "a"));
            ids.put("third", v4Map(em, 1, "a"));
            ids.put("keyless", v4Map(em, 1, null));
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            em.getProvider().dispose();
        }
    }

    private static int v4Map(EntityManager em, long pageId, String macroKey) throws SQLException {
        Map<String, Object> row = new HashMap<>();
        row.put("PAGE_ID", pageId);
        row.put("SPACE_KEY", "DS");
        row.put("MACRO_KEY", macroKey);
        row.put("TITLE", "Map");
        row.put("VERSION", 1L);
        return em.create(MapEntityV4.class, row).getID();
    }

    private static JourneyMap map(long pageId, String macroKey) {
        return new JourneyMap(0, new MapHeader(pageId, "DS", macroKey, "Title", null, null, null, null, null, null, null,
                null, null, 0, null, null), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static MapHeader titled(MapHeader h, String title) {
        return new MapHeader(h.pageId(), h.spaceKey(), h.macroKey(), title, h.goal(), h.journeyType(), h.state(),
                h.derivedFromMapId(), h.salesCycle(), h.owner(), h.direction(), h.language(), h.templateId(), h.version(),
                h.created(), h.updated());
    }
}
