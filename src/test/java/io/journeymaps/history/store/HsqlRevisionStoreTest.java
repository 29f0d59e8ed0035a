package io.journeymaps.history.store;

import net.java.ao.test.jdbc.Hsql;
import net.java.ao.test.jdbc.Jdbc;

@Jdbc(Hsql.class)
public class HsqlRevisionStoreTest extends RevisionStoreScenarios {
}
