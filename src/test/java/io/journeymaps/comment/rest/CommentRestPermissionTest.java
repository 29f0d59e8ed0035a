package io.journeymaps.comment.rest;

import static io.journeymaps.comment.rest.CommentRestTest.startThread;
import static io.journeymaps.comment.rest.CommentRestTest.text;
import static io.journeymaps.comment.rest.CommentRestTest.thread;
import static io.journeymaps.testsupport.http.ApiAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import io.journeymaps.testsupport.http.RestHostPerClass;
import io.journeymaps.standalone.site.Grant;
import io.journeymaps.testsupport.http.ApiClient;
import io.journeymaps.testsupport.http.ApiResponse;
import io.journeymaps.testsupport.http.RestHost;

/**
 * Who may do what with comments: page viewers comment, anonymous visitors only read (where the page
 * lets them), and whoever may not see the page gets 404 for everything.
 */
class CommentRestPermissionTest {
    @RegisterExtension
    static final RestHostPerClass HOST = new RestHostPerClass();

    /** A map with one thread by alice on the given page. */
    record Target(long mapId, long commentId) {
    }

    private static Target target(String pageTitle) {
        long mapId = HOST.host().createMap(HOST.host().pageId(pageTitle)).get("id").asLong();
        return new Target(mapId, startThread(HOST.host().as("alice"), mapId, "MAP", null, "alice's thread"));
    }

    enum Endpoint {
        LIST(false, (c, t) -> c.get("/maps/" + t.mapId() + "/comments")),
        START(true, (c, t) -> c.post("/maps/" + t.mapId() + "/comments", thread("MAP", null, "hello"))),
        REPLY(true, (c, t) -> c.post("/comments/" + t.commentId() + "/replies", text("reply"))),
        RESOLVE(true, (c, t) -> c.post("/comments/" + t.commentId() + "/resolve", "")),
        REOPEN(true, (c, t) -> c.post("/comments/" + t.commentId() + "/reopen", "")),
        EDIT(true, (c, t) -> c.put("/comments/" + t.commentId(), text("changed"))),
        DELETE(true, (c, t) -> c.delete("/comments/" + t.commentId()));

        final boolean write;
        final BiFunction<ApiClient, Target, ApiResponse> call;

        Endpoint(boolean write, BiFunction<ApiClient, Target, ApiResponse> call) {
            this.write = write;
            this.call = call;
        }
    }

    /** Expected status per endpoint in enum order: LIST, START, REPLY, RESOLVE, REOPEN, EDIT, DELETE. */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', value = {
            "alice     | DEMO | 200,201,201,200,200,200,204",
            "bob       | DEMO | 200,201,201,200,200,403,403",
            "carol     | DEMO | 404,404,404,404,404,404,404",
            "anonymous | DEMO | 404,404,404,404,404,404,404",
            "bob       | PRIV | 404,404,404,404,404,404,404"})
    void permissionMatrix(String user, String space, String expected) {
        String page = space.equals("DEMO") ? RestHost.DEMO_PAGE : RestHost.PRIVATE_PAGE;
        String[] statuses = expected.split(",");
        for (Endpoint endpoint : Endpoint.values()) {
            Target target = target(page);
            ApiResponse response = endpoint.call.apply(HOST.host().as(user), target);
            assertEquals(Integer.parseInt(statuses[endpoint.ordinal()]), response.status(),
                    () -> user + " " + endpoint + ": " + response);
            if (response.status() >= 400) {
                assertEquals(1, HOST.host().as("alice").get("/maps/" + target.mapId() + "/comments").json()
                        .get("threads").size(), "nothing changed");
            }
        }
    }

    @ParameterizedTest(name = "anonymous {0} where DEMO grants anonymous view")
    @EnumSource(Endpoint.class)
    void anonymousVisitors_whereThePageIsPublic_read_butGet401OnWrites(Endpoint endpoint) {
        Target target = target(RestHost.DEMO_PAGE);
        HOST.host().site().store().setAnonymousGrant("DEMO", Grant.VIEW);
        ApiResponse response;
        try {
            response = endpoint.call.apply(HOST.host().as("anonymous"), target);
        } finally {
            HOST.host().site().store().setAnonymousGrant("DEMO", Grant.NONE);
        }

        if (endpoint.write) {
            assertError(response, 401, "sign_in_required");
        } else {
            assertEquals(200, response.status(), response::toString);
            assertEquals(false, response.json().get("canComment").asBoolean());
            assertEquals("alice's thread", response.json().get("threads").get(0).get("body").asText());
        }
        assertEquals("alice's thread", HOST.host().as("alice").get("/maps/" + target.mapId() + "/comments").json()
                .get("threads").get(0).get("body").asText());
    }

    @Test
    void viewer_seesCanCommentButNotCanModerate() {
        Target target = target(RestHost.DEMO_PAGE);

        ApiResponse listed = HOST.host().as("bob").get("/maps/" + target.mapId() + "/comments");

        assertEquals(true, listed.json().get("canComment").asBoolean());
        assertEquals(false, listed.json().get("canModerate").asBoolean());
    }
}
