package io.journeymaps.history.store;

import io.journeymaps.testsupport.db.H2MemoryDb;

import net.java.ao.test.jdbc.Jdbc;

@Jdbc(H2MemoryDb.class)
public class H2RevisionStoreTest extends RevisionStoreScenarios {
}
