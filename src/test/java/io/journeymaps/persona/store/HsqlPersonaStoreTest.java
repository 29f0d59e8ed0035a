package io.journeymaps.persona.store;

import net.java.ao.test.jdbc.Hsql;
import net.java.ao.test.jdbc.Jdbc;

@Jdbc(Hsql.class)
public class HsqlPersonaStoreTest extends PersonaStoreScenarios {
}
