package io.journeymaps.map.store;

import net.java.ao.test.jdbc.Hsql;
import net.java.ao.test.jdbc.Jdbc;

@Jdbc(Hsql.class)
public class HsqlMapStoreTest extends MapStoreScenarios {
}
