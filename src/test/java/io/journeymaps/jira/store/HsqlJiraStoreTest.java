package io.journeymaps.jira.store;

import net.java.ao.test.jdbc.Hsql;

import net.java.ao.test.jdbc.Jdbc;

@Jdbc(Hsql.class)
public class HsqlJiraStoreTest extends JiraStoreScenarios {
}
