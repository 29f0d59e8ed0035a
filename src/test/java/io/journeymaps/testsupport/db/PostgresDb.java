package io.journeymaps.testsupport.db;

import net.java.ao.test.jdbc.Postgres;

/** The AO runner's JDBC configuration for the private {@link PostgresCluster} (started on first use). */
public final class PostgresDb extends Postgres {
    public PostgresDb() {
        super(url(), PostgresCluster.USER, PostgresCluster.PASSWORD, PostgresCluster.SCHEMA);
    }

    private static String url() {
        PostgresCluster cluster = PostgresCluster.get();
        // Without a cluster the test class is skipped (or failed) before any connection is made.
        return cluster == null ? "jdbc:postgresql://127.0.0.1:1/unavailable" : cluster.jdbcUrl();
    }
}
