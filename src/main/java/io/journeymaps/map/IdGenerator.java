package io.journeymaps.map;

import java.util.UUID;

/** Fresh element ids for elements the server creates (forks); 32 hex digits match {@code Limits.ELEMENT_ID_PATTERN}. */
public final class IdGenerator {
    private IdGenerator() {
    }

    public static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
