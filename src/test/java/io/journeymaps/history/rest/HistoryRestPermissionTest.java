package io.journeymaps.history.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.BiFunction;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.journeymaps.testsupport.http.RestHostPerClass;
import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/**
 * Who may do what with history: page viewers read it, page editors restore, and whoever may not see
 * the page gets 404 as if the map did not exist.
 */
class HistoryRestPermissionTest {
    @RegisterExtension
    static final RestHostPerClass HOST = new RestHostPerClass();

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
            long mapId = HOST.host().createMap(HOST.host().pageId(page)).get("id").asLong();
            HistoryRestTest.renameFirstStage(HOST.host().as("alice"), mapId, "Second version");
            ApiResponse response = endpoint.call.apply(HOST.host().as(user), mapId);
            assertEquals(Integer.parseInt(statuses[endpoint.ordinal()]), response.status(),
                    () -> user + " " + endpoint + ": " + response);
            long expectedVersion = response.status() == 200 && endpoint == Endpoint.RESTORE ? 3 : 2;
            assertEquals(expectedVersion, HOST.host().as("alice").get("/maps/" + mapId).json().get("version").asLong());
        }
    }
}
