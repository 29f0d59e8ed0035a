package io.journeymaps.storage;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The part of Active Objects the stores use. Inside Confluence it is backed by the host's
 * {@code ActiveObjects} service; in the standalone host and the tests by an AO
 * {@code EntityManager}. Keeping the stores on this small surface lets them run, unchanged, on both.
 */
public interface AoDatabase {
    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    /**
     * Creates many rows of one table. Hosts with a bulk insert (AO's {@code create(Class, List)})
     * override this; the default inserts row by row.
     */
    default <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            create(type, row);
        }
    }

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    /** Creates or extends the tables of these entities, never dropping anything (AO's {@code migrate}). */
    void migrate(Class<? extends RawEntity<?>>... entities);

    /**
     * Runs the work in one database transaction: it commits when the work returns and rolls back
     * when it throws, rethrowing the work's RuntimeException unchanged.
     */
    <T> T inTransaction(Supplier<T> work);
}
