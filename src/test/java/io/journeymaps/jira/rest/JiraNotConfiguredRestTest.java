package io.journeymaps.jira.rest;

import static io.journeymaps.testsupport.http.ApiAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.journeymaps.testsupport.http.RestHost;

/** A standalone host without JIRA_URL: no server listed, and the Jira endpoints say so clearly. */
class JiraNotConfiguredRestTest {
    @TempDir
    static Path folder;
    private static RestHost host;

    @BeforeAll
    static void start() throws Exception {
        host = RestHost.start(folder);
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    @Test
    void servers_isEmpty_andSaysJiraIsNotConfigured() {
        JsonNode body = host.as("alice").get("/jira/servers").json();

        assertFalse(body.get("configured").asBoolean());
        assertEquals(0, body.get("servers").size());
        assertEquals("Jira is not configured", body.get("message").asText());
    }

    @Test
    void jiraCalls_answer503_jiraIsNotConfigured() {
        long mapId = host.createMap(host.createDemoPage("No Jira")).get("id").asLong();

        JsonNode projects = assertError(host.as("alice").get("/jira/servers/jira/projects"), 503, "jira_not_configured");
        assertEquals("Jira is not configured", projects.get("message").asText());
        JsonNode link = assertError(host.as("alice").post("/maps/" + mapId + "/jira-issues",
                "{\"serverId\":\"jira\",\"projectKey\":\"SHOP\",\"issueTypeId\":\"1\"}"), 503, "jira_not_configured");
        assertEquals("Jira is not configured", link.get("message").asText());
        assertEquals(200, host.as("alice").post("/maps/" + mapId + "/jira/refresh", null).status(),
                "a map without links refreshes without Jira");
    }
}
