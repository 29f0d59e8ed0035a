package io.journeymaps.confluence;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import io.journeymaps.storage.AoDatabase;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** The stores' database inside Confluence: the host's ActiveObjects service for this plugin. */
@Named
public class ConfluenceAoDatabase implements AoDatabase {
    private final ActiveObjects ao;

    @Inject
    public ConfluenceAoDatabase(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void migrate(Class<? extends RawEntity<?>>... entities) {
        ao.migrate(entities);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return ao.create(type, params);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return ao.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return ao.find(type, criteria, parameters);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return ao.count(type, query);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        ao.delete(entities);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return ao.deleteWithSQL(type, criteria, parameters);
    }

    /**
     * The host rolls back when the work throws, but may hand the exception back wrapped; callers rely
     * on getting the work's own exception (InvalidInputException, ConcurrentMapUpdateException...), so
     * it is remembered on the way out and rethrown unchanged.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        RuntimeException[] thrownByWork = new RuntimeException[1];
        TransactionCallback<T> callback = () -> {
            try {
                return work.get();
            } catch (RuntimeException e) {
                thrownByWork[0] = e;
                throw e;
            }
        };
        try {
            return ao.executeInTransaction(callback);
        } catch (RuntimeException fromHost) {
            RuntimeException original = thrownByWork[0];
            if (original == null) {
                throw fromHost;
            }
            if (fromHost != original && !isCauseOf(original, fromHost)) {
                original.addSuppressed(fromHost);
            }
            throw original;
        }
    }

    private static boolean isCauseOf(Throwable cause, Throwable wrapper) {
        for (Throwable t = wrapper.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t == cause) {
                return true;
            }
        }
        return false;
    }
}
