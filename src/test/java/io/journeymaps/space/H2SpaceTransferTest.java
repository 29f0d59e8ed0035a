package io.journeymaps.space;

import io.journeymaps.testsupport.db.H2MemoryDb;

import net.java.ao.test.jdbc.Jdbc;

@Jdbc(H2MemoryDb.class)
public class H2SpaceTransferTest extends SpaceTransferScenarios {
}
