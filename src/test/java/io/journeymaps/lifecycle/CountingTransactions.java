package io.journeymaps.lifecycle;

import java.util.function.Supplier;

import io.journeymaps.storage.Transactions;

/** Runs the work directly and counts the outermost transactions, so tests see "one transaction". */
final class CountingTransactions implements Transactions {
    int started;
    private int depth;

    boolean active() {
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
