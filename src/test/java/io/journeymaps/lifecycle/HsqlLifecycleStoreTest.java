package io.journeymaps.lifecycle;

import net.java.ao.test.jdbc.Hsql;
import net.java.ao.test.jdbc.Jdbc;

@Jdbc(Hsql.class)
public class HsqlLifecycleStoreTest extends LifecycleStoreScenarios {
}
