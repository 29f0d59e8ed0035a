package io.journeymaps.bench.server;

import io.journeymaps.standalone.storage.StandaloneDatabase;

/** The server section on H2 in memory (the standalone host's database, without the disk). */
public final class H2ServerSection extends ServerSection {
    @Override
    protected String database() {
        return "H2";
    }

    @Override
    protected StandaloneDatabase open() {
        return StandaloneDatabase.open("jdbc:h2:mem:journeymaps-bench-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", "PUBLIC");
    }
}
