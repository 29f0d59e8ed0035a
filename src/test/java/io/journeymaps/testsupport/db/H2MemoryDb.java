package io.journeymaps.testsupport.db;

import net.java.ao.test.jdbc.H2Memory;

/** H2 in memory, kept alive between connections (the stock H2Memory URL lacks DB_CLOSE_DELAY=-1). */
public final class H2MemoryDb extends H2Memory {
    public H2MemoryDb() {
        super("jdbc:h2:mem:journeymaps-ao-test;DB_CLOSE_DELAY=-1", "", "", "PUBLIC");
    }
}
