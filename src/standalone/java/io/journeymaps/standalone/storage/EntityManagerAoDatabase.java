package io.journeymaps.standalone.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.journeymaps.storage.AoDatabase;

import net.java.ao.DelegateConnection;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * {@link AoDatabase} over a plain AO {@link EntityManager}: what the standalone host and the tests
 * use where Confluence would supply its ActiveObjects service. SQL failures surface as
 * {@link DatabaseException} with the SQLException as cause (as ActiveObjects' own wrapper does).
 */
public final class EntityManagerAoDatabase implements AoDatabase {
    private final EntityManager em;

    public EntityManagerAoDatabase(EntityManager em) {
        this.em = em;
    }

    public EntityManager entityManager() {
        return em;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> em.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            sql(() -> {
                em.create(type, rows);
                return null;
            });
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> em.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> em.find(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> em.count(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            em.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> em.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            em.migrate(entities);
            return null;
        });
    }

    /**
     * Joins the transaction already open on this thread (ours or the AO test runner's), else runs
     * the work in a new one: commit on return, rollback when the work throws, whose exception
     * then propagates unchanged.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (inTransactionAlready()) {
            return work.get();
        }
        return sql(() -> new Transaction<T>(em) {
            @Override
            protected T run() {
                return work.get();
            }
        }.execute());
    }

    /**
     * AO keeps an open transaction's connection per thread and hands it out, marked not closeable,
     * from getConnection(); outside a transaction getConnection() lends a fresh (pooled) one.
     */
    private boolean inTransactionAlready() {
        return sql(() -> {
            Connection connection = em.getProvider().getConnection();
            try {
                return connection instanceof DelegateConnection delegate
                        ? !delegate.isCloseable()
                        : !connection.getAutoCommit();
            } finally {
                connection.close();
            }
        });
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }
}
