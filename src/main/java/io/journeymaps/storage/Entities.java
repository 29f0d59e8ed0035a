package io.journeymaps.storage;

import net.java.ao.RawEntity;

/**
 * PLACEHOLDER (confluence branch only, so that the upgrade task compiles): the storage branch owns
 * the real class listing every AO entity. Drop this file at merge time.
 */
public final class Entities {
    private Entities() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] all() {
        return (Class<? extends RawEntity<?>>[]) new Class<?>[0];
    }
}
