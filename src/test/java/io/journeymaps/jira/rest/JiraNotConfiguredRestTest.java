package io.journeymaps.jira.rest;

import static io.journeymaps.testsupport.http.ApiAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.journeymaps.testsupport.http.RestHostPerClass;


/** A standalone host without JIRA_URL: no server listed, and the Jira endpoints say so clearly. */
class JiraNotConfiguredRestTest {
    @RegisterExtension
    static final RestHostPerClass HOST = new RestHostPerClass();

    @Test
    void servers_isEmpty_andSaysJiraIsNotConfigured() {
        JsonNode body = HOST.host().as("alice").get("/jira/servers").json();

        assertFalse(body.get("configured").asBoolean());
        assertEquals(0, body.get("servers").size());
        assertEquals("Jira is not configured", body.get("message").asText());
    }

    @Test
    void jiraCalls_answer503_jiraIsNotConfigured() {
        long mapId = HOST.host().createMap(HOST.host().createDemoPage("No Jira")).get("id").asLong();

        JsonNode projects = assertError(HOST.host().as("alice").get("/jira/servers/jira/projects"), 503, "jira_not_configured");
        assertEquals("Jira is not configured", projects.get("message").asText());
        JsonNode link = assertError(HOST.host().as("alice").post("/maps/" + mapId + "/jira-issues",
                "{\"serverId\":\"jira\",\"projectKey\":\"SHOP\",\"issueTypeId\":\"1\"}"), 503, "jira_not_configured");
        assertEquals("Jira is not configured", link.get("message").asText());
        assertEquals(200, HOST.host().as("alice").post("/maps/" + mapId + "/jira/refresh", null).status(),
                "a map without links refreshes without Jira");
    }
}
