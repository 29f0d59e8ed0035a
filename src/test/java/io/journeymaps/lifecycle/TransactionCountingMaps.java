package io.journeymaps.lifecycle;

import java.util.function.Supplier;

import io.journeymaps.map.InMemoryMapRepository;

/** Maps in memory that count their outermost transactions, so tests see "one transaction". */
final class TransactionCountingMaps extends InMemoryMapRepository {
    int started;
    private int depth;

    boolean inTransactionNow() {
        return depth > 0;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth == 0) {
            started++;
        }
        depth++;
        try {
            return work.get();
        } finally {
            depth--;
        }
    }
}
