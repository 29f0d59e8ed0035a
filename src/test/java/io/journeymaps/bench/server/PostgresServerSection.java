package io.journeymaps.bench.server;

import io.journeymaps.bench.BenchmarkSkipped;
import io.journeymaps.standalone.storage.StandaloneDatabase;
import io.journeymaps.testsupport.db.PostgresCluster;

/** The server section on the private PostgreSQL cluster of the tests (skipped, with the reason, where none can start). */
public final class PostgresServerSection extends ServerSection {
    @Override
    protected String database() {
        return "PostgreSQL";
    }

    @Override
    protected StandaloneDatabase open() throws BenchmarkSkipped {
        PostgresCluster cluster = PostgresCluster.get();
        if (cluster == null) {
            throw new BenchmarkSkipped("PostgreSQL unavailable: " + PostgresCluster.unavailableReason());
        }
        return StandaloneDatabase.open(cluster.jdbcUrl(), PostgresCluster.USER, PostgresCluster.PASSWORD, PostgresCluster.SCHEMA);
    }
}
