package io.journeymaps.storage;

import java.util.function.Supplier;

/**
 * One database transaction around work that spans several stores (the stores' own methods join it).
 * Services use this port instead of {@link AoDatabase}, so that they see no Active Objects type.
 */
public interface Transactions {
    /** Commits when the work returns, rolls back when it throws (rethrowing the work's exception). */
    <T> T inTransaction(Supplier<T> work);
}
