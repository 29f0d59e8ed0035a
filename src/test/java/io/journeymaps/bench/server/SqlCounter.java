package io.journeymaps.bench.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

/** Records the SQL statements AO sends while some work runs (the store tests count them the same way). */
final class SqlCounter {
    private final EntityManager entityManager;

    SqlCounter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<String> record(Callable<?> work) throws Exception {
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        DatabaseProvider.SqlListener listener = s -> statements.add(s.strip());
        entityManager.getProvider().addSqlListener(listener);
        try {
            work.call();
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }
        return List.copyOf(statements);
    }
}
