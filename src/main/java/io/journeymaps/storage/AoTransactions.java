package io.journeymaps.storage;

import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@link Transactions} on the plugin's Active Objects database. */
@Named
public class AoTransactions implements Transactions {
    private final AoDatabase db;

    @Inject
    public AoTransactions(AoDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(work);
    }
}
