package io.journeymaps.space.rest;

import static io.journeymaps.testsupport.http.ApiAssertions.assertError;
import static io.journeymaps.testsupport.http.ApiAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.journeymaps.common.json.Json;
import io.journeymaps.standalone.site.Grant;
import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/**
 * The space export/import endpoints over HTTP on the standalone host: space admins only (alice
 * administers DEMO and PRIV; bob views DEMO; carol sees neither), the file download, the report.
 */
class SpaceTransferRestTest {
    @TempDir
    static Path folder;
    private static RestHost host;
    private static String demoExport;

    @BeforeAll
    static void start() throws Exception {
        host = RestHost.start(folder);
        long mapId = host.createMap(host.pageId(RestHost.DEMO_PAGE)).get("id").asLong();
        ApiResponse thread = host.as("bob").post("/maps/" + mapId + "/comments",
                "{\"anchor\":{\"type\":\"MAP\"},\"body\":\"Looks right\"}");
        assertEquals(201, thread.status(), thread::toString);
        ApiResponse persona = host.as("alice").post("/spaces/DEMO/personas", "{\"name\":\"Priya\"}");
        assertEquals(201, persona.status(), persona::toString);
        demoExport = host.as("alice").get("/spaces/DEMO/export").body();
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    private static ApiResponse importInto(ApiClient client, String space, String dryRun, String body) {
        return client.post("/spaces/" + space + "/import" + (dryRun == null ? "" : "?dryRun=" + dryRun), body);
    }

    /** Expected status of export and dry-run import. */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', value = {
            "alice     | DEMO | 200 | 200",
            "alice     | PRIV | 200 | 200",
            "bob       | DEMO | 403 | 403",
            "bob       | PRIV | 404 | 404",
            "carol     | DEMO | 404 | 404",
            "anonymous | DEMO | 404 | 404",
            "alice     | NOPE | 404 | 404"})
    void permissionMatrix(String user, String space, int export, int dryRunImport) {
        ApiClient client = host.as(user);

        ApiResponse exported = client.get("/spaces/" + space + "/export");
        ApiResponse imported = importInto(client, space, "true", demoExport);

        assertEquals(export, exported.status(), exported::toString);
        assertEquals(dryRunImport, imported.status(), imported::toString);
        if (export == 403) {
            assertError(exported, 403, "forbidden");
        }
    }

    @Test
    void anonymousVisitors_ofAPublicSpace_areAskedToSignIn() {
        host.site().store().setAnonymousGrant("DEMO", Grant.VIEW);
        try {
            assertError(host.as("anonymous").get("/spaces/DEMO/export"), 401, "sign_in_required");
            assertError(importInto(host.as("anonymous"), "DEMO", "false", demoExport), 401, "sign_in_required");
        } finally {
            host.site().store().setAnonymousGrant("DEMO", Grant.NONE);
        }
    }

    @Test
    void export_isAJsonAttachment_withTheSpacesMapsCommentsAndPersonas() {
        ApiResponse response = host.as("alice").get("/spaces/DEMO/export");

        assertEquals(200, response.status(), response::toString);
        assertTrue(response.header("Content-Type").orElse("").startsWith("application/json"));
        String disposition = response.header("Content-Disposition").orElse("");
        assertTrue(disposition.matches("attachment; filename=\"journey-maps-DEMO-\\d{4}-\\d\\d-\\d\\d\\.json\""),
                disposition);
        JsonNode file = response.json();
        assertEquals("journey-maps-space", file.get("format").asText());
        assertEquals("DEMO", file.get("spaceKey").asText());
        JsonNode map = file.get("maps").findParents("macroKey").stream()
                .filter(m -> m.get("page").get("title").asText().equals(RestHost.DEMO_PAGE)).findFirst().orElseThrow();
        assertEquals("Looks right", map.get("comments").get(0).get("body").asText());
        assertTrue(file.get("personas").findValuesAsText("name").contains("Priya"));
    }

    @Test
    void dryRunIsTheDefault_andReportsWithoutWriting() {
        ApiResponse report = importInto(host.as("alice"), "PRIV", null, demoExport);

        assertEquals(200, report.status(), report::toString);
        assertTrue(report.json().get("dryRun").asBoolean());
        assertEquals("DEMO", report.json().get("sourceSpaceKey").asText());
        JsonNode skipped = report.json().get("skipped");
        assertTrue(skipped.size() >= 1);
        assertTrue(skipped.get(0).get("reason").asText().startsWith("no current page titled"), skipped::toString);
        assertEquals(0, host.as("alice").get("/spaces/PRIV/personas").json().size(), "nothing written");
    }

    @Test
    void import_attachesTheMapToThePageOfTheSameTitle_inTheTargetSpace() {
        ApiResponse page = host.as("alice").site("/host/pages", "POST", Json.MAPPER.valueToTree(Map.of(
                "spaceKey", "PRIV", "title", RestHost.DEMO_PAGE, "template", "", "language", "en")).toString());
        assertEquals(201, page.status(), page::toString);
        long pageId = page.json().get("id").asLong();

        ApiResponse report = importInto(host.as("alice"), "PRIV", "false", demoExport);

        assertEquals(200, report.status(), report::toString);
        assertEquals(1, report.json().get("created").get("maps").asInt(), report::toString);
        JsonNode maps = host.as("alice").get("/pages/" + pageId + "/maps").json();
        assertEquals(1, maps.size(), maps::toString);
        long mapId = maps.get(0).get("id").asLong();
        JsonNode threads = host.as("alice").get("/maps/" + mapId + "/comments").json().get("threads");
        assertEquals("Looks right", threads.get(0).get("body").asText());

        ApiResponse again = importInto(host.as("alice"), "PRIV", "false", demoExport);
        assertEquals(0, again.json().get("created").get("maps").asInt(), again::toString);
    }

    @Test
    void brokenFile_is400NamingTheField() {
        ObjectNode file = (ObjectNode) host.as("alice").get("/spaces/DEMO/export").json();
        ((ObjectNode) file.get("personas").get(0)).put("colour", "red");

        assertInvalid(importInto(host.as("alice"), "DEMO", "false", file.toString()), "personas[0].colour");
        assertInvalid(importInto(host.as("alice"), "DEMO", "maybe", demoExport), "dryRun");
        assertInvalid(importInto(host.as("alice"), "DEMO", "true", "{\"format\":\"csv\"}"), "format");
    }

    @Test
    void spacePage_offersExportAndImport_onlyToSpaceAdmins() {
        ApiResponse alicePage = host.as("alice").site("/spaces/DEMO", "GET", null);
        ApiResponse bobPage = host.as("bob").site("/spaces/DEMO", "GET", null);

        assertEquals(200, alicePage.status());
        assertTrue(alicePage.body().contains("href=\"/rest/journey-maps/1.0/spaces/DEMO/export\" download"),
                alicePage.body());
        assertTrue(alicePage.body().contains("id=\"import-file\""));
        assertEquals(200, bobPage.status());
        assertTrue(!bobPage.body().contains("space-transfer"), "bob is no admin of DEMO");
        ApiResponse script = host.as("alice").site("/host/static/space-transfer.js", "GET", null);
        assertEquals(200, script.status());
        assertTrue(script.body().contains("dryRun"));
    }
}
