package io.journeymaps.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.journeymaps.standalone.site.StandaloneSite;

class StandaloneRestartTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataFolder;

    private StandaloneSite site;
    private StandaloneServer server;

    @AfterEach
    void stop() throws Exception {
        stopHost();
    }

    @Test
    void pagesAndTrash_surviveARestartOnTheH2File_andTheDemoIsSeededOnce() throws Exception {
        String base = startHost();
        assertTrue(site.seeded());
        int seededPages = pages(base).size();
        long kept = created(base, "Kept across restarts");
        long trashed = created(base, "Trashed before restart");
        HostClient.as(base, "alice").postJson("/host/pages/" + trashed + "/delete", "{}");
        stopHost();
        assertTrue(Files.exists(dataFolder.resolve("journeymaps.mv.db")));

        String again = startHost();

        assertFalse(site.seeded());
        List<JsonNode> pages = pages(again);
        assertEquals(seededPages + 1, pages.size());
        assertTrue(pages.stream().anyMatch(p -> p.get("id").asLong() == kept));
        assertEquals(200, HostClient.as(again, "alice").get("/pages/" + kept).statusCode());
        assertEquals(404, HostClient.as(again, "alice").get("/pages/" + trashed).statusCode());
    }

    private String startHost() throws Exception {
        HostConfig config = HostConfig.forTests(dataFolder);
        site = StandaloneSite.open(config);
        server = new StandaloneServer(site, new FakeMacroView(), List.of());
        return "http://127.0.0.1:" + server.start(config);
    }

    private void stopHost() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
        }
        if (site != null) {
            site.close();
            site = null;
        }
    }

    private static long created(String base, String title) throws Exception {
        HttpResponse<String> response = HostClient.as(base, "alice").postJson("/host/pages",
                "{\"spaceKey\":\"DEMO\",\"title\":\"" + title + "\",\"template\":\"saas-onboarding\"}");
        assertEquals(201, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private static List<JsonNode> pages(String base) throws Exception {
        List<JsonNode> pages = new java.util.ArrayList<>();
        JSON.readTree(HostClient.as(base, "alice").getJson("/host/pages").body()).forEach(pages::add);
        return pages;
    }
}
