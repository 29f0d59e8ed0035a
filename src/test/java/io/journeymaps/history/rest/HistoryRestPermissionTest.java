package io.journeymaps.history.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.function.BiFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/**
 * Who may do what with history: page viewers read it, page editors restore, and whoever may not see
 * the page gets 404 as if the map did not exist.
 */
class HistoryRestPermissionTest {
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

    enum Endpoint {
        LIST((c, m) -> c.get("/maps/" + m + "/revisions")),
        GET((c, m) -> c.get("/maps/" + m + "/revisions/1")),
        COMPARE((c, m) -> c.get("/maps/" + m + "/compare?from=1&to=2")),
        RESTORE((c, m) -> c.post("/maps/" + m + "/revisions/1/restore", ""));

        final BiFunction<ApiClient, Long, ApiResponse> call;

        Endpoint(BiFunction<ApiClient, Long, ApiResponse> call) {
            this.call = call;
        }
    }

    /** Expected status per endpoint in enum order: LIST, GET, COMPARE, RESTORE. */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', value = {
            "alice     | DEMO | 200,200,200,200",
            "bob       | DEMO | 200,200,200,403",
            "carol     | DEMO | 404,404,404,404",
            "anonymous | DEMO | 404,404,404,404",
            "bob       | PRIV | 404,404,404,404"})
    void permissionMatrix(String user, String space, String expected) {
        String page = space.equals("DEMO") ? RestHost.DEMO_PAGE : RestHost.PRIVATE_PAGE;
        String[] statuses = expected.split(",");
        for (Endpoint endpoint : Endpoint.values()) {
            long mapId = host.createMap(host.pageId(page)).get("id").asLong();
            HistoryRestTest.renameFirstStage(host.as("alice"), mapId, "Second version");
            ApiResponse response = endpoint.call.apply(host.as(user), mapId);
            assertEquals(Integer.parseInt(statuses[endpoint.ordinal()]), response.status(),
                    () -> user + " " + endpoint + ": " + response);
            long expectedVersion = response.status() == 200 && endpoint == Endpoint.RESTORE ? 3 : 2;
            assertEquals(expectedVersion, host.as("alice").get("/maps/" + mapId).json().get("version").asLong());
        }
    }
}
