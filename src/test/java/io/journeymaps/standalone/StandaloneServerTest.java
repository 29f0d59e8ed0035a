package io.journeymaps.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.journeymaps.render.MacroInvocation;
import io.journeymaps.render.RenderMode;
import io.journeymaps.standalone.site.Grant;
import io.journeymaps.standalone.site.StandaloneSite;

class StandaloneServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEMO_PAGE = "Customer journey: awareness to advocacy";
    private static final String TWO_MAPS_PAGE = "Onboarding and buying journeys";
    private static final String PRIVATE_PAGE = "Draft: renewal journey";

    @TempDir
    static Path dataFolder;

    private static StandaloneSite site;
    private static StandaloneServer server;
    private static FakeMacroView macroView;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        HostConfig config = HostConfig.forTests(dataFolder);
        site = StandaloneSite.open(config);
        macroView = new FakeMacroView();
        server = new StandaloneServer(site, macroView, List.of(new WhoAmIResource(site.currentUser())));
        int port = server.start(config);
        base = "http://127.0.0.1:" + port;
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
        site.close();
    }

    @Test
    void basicAuth_withRightPassword_isTheCurrentUserOfRestResources() throws Exception {
        HttpResponse<String> response = HostClient.basic(base, "alice", "alice").getJson("/rest/journey-maps/1.0/whoami");

        assertEquals(200, response.statusCode());
        assertEquals("alice", JSON.readTree(response.body()).get("key").asText());
    }

    @Test
    void basicAuth_withWrongPassword_is401OnTheApi() {
        HttpResponse<String> response = HostClient.basic(base, "alice", "bob").getJson("/rest/journey-maps/1.0/whoami");

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void restResources_seeAnonymousWithoutCredentials() throws Exception {
        HttpResponse<String> response = HostClient.anonymous(base).getJson("/rest/journey-maps/1.0/whoami");

        assertEquals("anonymous", JSON.readTree(response.body()).get("key").asText());
    }

    @Test
    void userSwitcher_setsTheCookieThatSignsTheUserIn() throws Exception {
        HttpResponse<String> switched = HostClient.anonymous(base)
                .postForm("/host/switch-user", Map.of("user", "bob", "returnTo", "/spaces/DEMO"));

        assertEquals(303, switched.statusCode());
        assertEquals("/spaces/DEMO", switched.headers().firstValue("Location").orElseThrow());
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("jm-demo-user=bob"), cookie);
        HttpResponse<String> whoami = HostClient.anonymous(base).with("Cookie", cookie.split(";")[0])
                .getJson("/rest/journey-maps/1.0/whoami");
        assertEquals("bob", JSON.readTree(whoami.body()).get("key").asText());
    }

    @Test
    void userSwitcher_neverRedirectsOffSite() {
        HttpResponse<String> switched = HostClient.anonymous(base)
                .postForm("/host/switch-user", Map.of("user", "bob", "returnTo", "//evil.example/"));

        assertEquals("/", switched.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void formPost_fromAnotherOrigin_isRefused() {
        HttpResponse<String> response = HostClient.cookie(base, "alice").with("Origin", "http://evil.example")
                .postForm("/host/pages", Map.of("spaceKey", "DEMO", "title", "Forged", "template",
                        "saas-onboarding", "language", "en"));

        assertEquals(403, response.statusCode());
        assertFalse(titles("alice").contains("Forged"));
    }

    @Test
    void formPost_fromOwnOrigin_isAccepted() {
        HttpResponse<String> response = HostClient.cookie(base, "alice").with("Origin", base)
                .postForm("/host/pages", Map.of("spaceKey", "DEMO", "title", "Same origin page", "template",
                        "saas-onboarding", "language", "en"));

        assertEquals(303, response.statusCode());
    }

    @Test
    void restFormPost_withoutAtlassianToken_failsTheXsrfCheck() {
        HttpResponse<String> refused = HostClient.basic(base, "alice", "alice")
                .postForm("/rest/journey-maps/1.0/whoami", Map.of("a", "b"));
        HttpResponse<String> json = HostClient.basic(base, "alice", "alice")
                .postJson("/rest/journey-maps/1.0/whoami", "{}");
        HttpResponse<String> withToken = HostClient.basic(base, "alice", "alice").with("X-Atlassian-Token", "no-check")
                .with("Accept", "application/json").postForm("/rest/journey-maps/1.0/whoami", Map.of("a", "b"));

        assertEquals(403, refused.statusCode());
        assertEquals(200, json.statusCode());
        assertEquals(200, withToken.statusCode());
    }

    @Test
    void hostPages_listsExactlyThePagesEachUserMayView() throws Exception {
        List<JsonNode> alice = pages("alice");
        List<JsonNode> bob = pages("bob");

        assertTrue(alice.stream().anyMatch(p -> p.get("spaceKey").asText().equals("PRIV")));
        assertTrue(alice.stream().anyMatch(p -> p.get("spaceKey").asText().equals("DEMO")));
        assertTrue(bob.stream().allMatch(p -> p.get("spaceKey").asText().equals("DEMO")));
        assertTrue(bob.size() >= 6, "bob sees the seeded DEMO pages");
        assertEquals(List.of(), pages("carol"));
        assertEquals(List.of(), pages("anonymous"));
        JsonNode first = bob.get(0);
        assertEquals(base + "/pages/" + first.get("id").asLong(), first.get("url").asText());
        assertNotNull(first.get("title").asText());
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
            "alice, DEMO, 200", "bob, DEMO, 200", "carol, DEMO, 404", "anonymous, DEMO, 404",
            "alice, PRIV, 200", "bob, PRIV, 404", "carol, PRIV, 404", "anonymous, PRIV, 404"})
    void pageView_followsSpaceGrants_andHidesWhatCannotBeSeen(String user, String space, int status) {
        long id = pageId(space.equals("DEMO") ? DEMO_PAGE : PRIVATE_PAGE);

        HttpResponse<String> response = HostClient.as(base, user).get("/pages/" + id);

        assertEquals(status, response.statusCode());
        if (status == 404) {
            assertFalse(response.body().contains(space.equals("DEMO") ? DEMO_PAGE : PRIVATE_PAGE));
        }
    }

    @Test
    void spaceView_followsSpaceGrants() {
        assertEquals(200, HostClient.as(base, "bob").get("/spaces/DEMO").statusCode());
        assertEquals(404, HostClient.as(base, "bob").get("/spaces/PRIV").statusCode());
        assertEquals(404, HostClient.as(base, "carol").get("/spaces/DEMO").statusCode());
    }

    @Test
    void spaceDirectory_listsOnlyVisibleSpaces() {
        String alice = HostClient.as(base, "alice").get("/").body();
        String bob = HostClient.as(base, "bob").get("/").body();

        assertTrue(alice.contains("/spaces/PRIV"));
        assertTrue(bob.contains("/spaces/DEMO"));
        assertFalse(bob.contains("/spaces/PRIV"));
    }

    @Test
    void anonymousAccess_isASettingOfEachSpace() {
        long id = pageId(DEMO_PAGE);
        site.store().setAnonymousGrant("DEMO", Grant.VIEW);
        try {
            assertEquals(200, HostClient.anonymous(base).get("/pages/" + id).statusCode());
            assertFalse(HostClient.anonymous(base).get("/pages/" + id).body().contains("id=\"delete-page\""));
            assertEquals(200, HostClient.as(base, "carol").get("/pages/" + id).statusCode());
        } finally {
            site.store().setAnonymousGrant("DEMO", Grant.NONE);
        }
        assertEquals(404, HostClient.anonymous(base).get("/pages/" + id).statusCode());
    }

    @Test
    void pageView_replacesEveryMacroWithTheMacroViewOutput() {
        long id = pageId(TWO_MAPS_PAGE);
        macroView.invocations.clear();

        HttpResponse<String> response = HostClient.as(base, "bob").with("Cookie", "jm-demo-lang=fa").get("/pages/" + id);

        String html = response.body();
        assertEquals(200, response.statusCode());
        assertEquals(2, count(html, "class=\"fake-map\""));
        assertTrue(html.contains("data-template=\"saas-onboarding\""));
        assertTrue(html.contains("data-template=\"buying-a-car\""));
        assertFalse(html.contains("ac:structured-macro"));
        assertTrue(html.contains("<meta name=\"ajs-user-locale\" content=\"fa_IR\">"));
        assertTrue(html.contains("<meta name=\"ajs-page-id\" content=\"" + id + "\">"));
        List<MacroInvocation> calls = macroView.invocations.stream().filter(i -> i.pageId() == id).toList();
        assertEquals(2, calls.size());
        MacroInvocation first = calls.get(0);
        assertEquals("DEMO", first.spaceKey());
        assertEquals(RenderMode.DISPLAY, first.mode());
        assertEquals("bob", first.viewer().key());
        assertEquals("fa", first.uiLanguage());
        assertEquals("/rest/journey-maps/1.0", first.restBase());
        assertEquals("en", first.parameters().get("language"));
        assertFalse(first.parameters().get("mapKey").isBlank());
    }

    @Test
    void pageView_showsEditButtonsOnlyToEditors() {
        long id = pageId(DEMO_PAGE);

        String alice = HostClient.as(base, "alice").get("/pages/" + id).body();
        String bob = HostClient.as(base, "bob").get("/pages/" + id).body();

        assertTrue(alice.contains("id=\"delete-page\"") && alice.contains("id=\"copy-page\"")
                && alice.contains("id=\"create-page-button\""));
        assertFalse(bob.contains("id=\"delete-page\"") || bob.contains("id=\"copy-page\"")
                || bob.contains("id=\"create-page-button\""));
        assertTrue(bob.contains("aui-page-header"));
    }

    @Test
    void pageView_whenTheMacroViewFails_stillShowsThePage() throws Exception {
        JsonNode page = createJson("alice", "Broken renderer", "boom", "en");

        HttpResponse<String> response = HostClient.as(base, "alice").get("/pages/" + page.get("id").asLong());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("The journey map could not be shown."));
    }

    @Test
    void unknownPagesAndPaths_are404() {
        assertEquals(404, HostClient.as(base, "alice").get("/pages/999999999").statusCode());
        assertEquals(404, HostClient.as(base, "alice").get("/nothing-here").statusCode());
        assertEquals(404, HostClient.as(base, "alice").get("/spaces/NOPE").statusCode());
    }

    @Test
    void createPage_byFormAsAlice_redirectsToThePageWithOneJourneyMap() {
        HttpResponse<String> created = HostClient.cookie(base, "alice").postForm("/host/pages",
                Map.of("spaceKey", "DEMO", "title", "Renewal journey", "template", "buying-a-car", "language", "ar"));

        assertEquals(303, created.statusCode());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/pages/\\d+"), location);
        String html = HostClient.cookie(base, "alice").get(location).body();
        assertEquals(1, count(html, "class=\"fake-map\""));
        assertTrue(html.contains("data-template=\"buying-a-car\" data-language=\"ar\""));
        assertTrue(titles("bob").contains("Renewal journey"));
    }

    @Test
    void createPage_byJson_answers201WithThePage() throws Exception {
        JsonNode page = createJson("alice", "JSON created page", "saas-onboarding", "en");

        assertEquals("DEMO", page.get("spaceKey").asText());
        assertEquals("JSON created page", page.get("title").asText());
        assertEquals(base + "/pages/" + page.get("id").asLong(), page.get("url").asText());
    }

    @Test
    void createPage_withBadInput_answers400WithFieldErrors() throws Exception {
        HttpResponse<String> response = HostClient.basic(base, "alice", "alice").postJson("/host/pages",
                "{\"spaceKey\":\"DEMO\",\"title\":\" \",\"template\":\"../etc\",\"language\":\"de\"}");

        assertEquals(400, response.statusCode());
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        List<String> fields = List.of(errors.get(0).get("field").asText(), errors.get(1).get("field").asText(),
                errors.get(2).get("field").asText());
        assertEquals(List.of("title", "template", "language"), fields);
    }

    @Test
    void createPage_escapesTheTitleEverywhere() throws Exception {
        JsonNode page = createJson("alice", "<script>alert('x')</script> & co", "saas-onboarding", "en");

        String html = HostClient.as(base, "alice").get("/pages/" + page.get("id").asLong()).body();
        String space = HostClient.as(base, "alice").get("/spaces/DEMO").body();

        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"));
        assertFalse(space.contains("<script>alert"));
    }

    @Test
    void bob_cannotCreateCopyOrDeletePages() {
        long id = pageId(DEMO_PAGE);
        HostClient bob = HostClient.as(base, "bob");

        HttpResponse<String> create = bob.postJson("/host/pages",
                "{\"spaceKey\":\"DEMO\",\"title\":\"Bob's page\",\"template\":\"saas-onboarding\",\"language\":\"en\"}");
        HttpResponse<String> copy = bob.postForm("/host/pages/" + id + "/copy", Map.of());
        HttpResponse<String> delete = bob.postForm("/host/pages/" + id + "/delete", Map.of());

        assertEquals(403, create.statusCode());
        assertEquals(403, copy.statusCode());
        assertEquals(403, delete.statusCode());
        assertTrue(delete.body().contains("aui-message-error"));
        assertFalse(titles("alice").contains("Bob's page"));
        assertEquals(200, bob.get("/pages/" + id).statusCode());
    }

    @Test
    void carol_andAnonymous_getNotFoundForPagesTheyCannotSee() {
        long id = pageId(DEMO_PAGE);

        assertEquals(404, HostClient.as(base, "carol").postForm("/host/pages/" + id + "/delete", Map.of()).statusCode());
        assertEquals(404, HostClient.anonymous(base).postForm("/host/pages/" + id + "/copy", Map.of()).statusCode());
        assertEquals(200, HostClient.as(base, "alice").get("/pages/" + id).statusCode());
    }

    @Test
    void copyPage_keepsTheBodyAndSoTheMapKeys() {
        long id = pageId(TWO_MAPS_PAGE);
        HostClient alice = HostClient.as(base, "alice");
        String original = alice.get("/pages/" + id).body();

        HttpResponse<String> copied = alice.postForm("/host/pages/" + id + "/copy", Map.of());

        assertEquals(303, copied.statusCode());
        String copy = alice.get(copied.headers().firstValue("Location").orElseThrow()).body();
        assertEquals(mapKeys(original), mapKeys(copy));
        assertEquals(2, mapKeys(copy).size());
        assertTrue(titles("alice").stream().anyMatch(t -> t.startsWith("Copy of " + TWO_MAPS_PAGE)));
    }

    @Test
    void deletePage_movesItToTheTrash_whereNobodySeesIt() throws Exception {
        JsonNode page = createJson("alice", "Short-lived page", "saas-onboarding", "en");
        long id = page.get("id").asLong();

        HttpResponse<String> deleted = HostClient.cookie(base, "alice").postForm("/host/pages/" + id + "/delete", Map.of());

        assertEquals(303, deleted.statusCode());
        assertEquals("/spaces/DEMO?trashed=" + id, deleted.headers().firstValue("Location").orElseThrow());
        assertEquals(404, HostClient.as(base, "alice").get("/pages/" + id).statusCode());
        assertFalse(titles("alice").contains("Short-lived page"));
        assertTrue(site.pages().find(id).isEmpty());
        assertFalse(site.permissions().canViewPage(DemoUsersRefs.ALICE, id));
    }

    @Test
    void ports_answerForSeededPages() {
        long id = pageId(DEMO_PAGE);

        assertEquals(base + "/pages/" + id, site.pages().find(id).orElseThrow().url());
        assertTrue(site.permissions().canEditPage(DemoUsersRefs.ALICE, id));
        assertTrue(site.permissions().canViewPage(DemoUsersRefs.BOB, id));
        assertFalse(site.permissions().canEditPage(DemoUsersRefs.BOB, id));
        assertFalse(site.permissions().canViewPage(DemoUsersRefs.CAROL, id));
        assertFalse(site.permissions().canViewPage(null, id));
        assertTrue(site.permissions().canEditSpace(DemoUsersRefs.ALICE, "PRIV"));
        assertFalse(site.permissions().canViewSpace(DemoUsersRefs.BOB, "PRIV"));
    }

    @Test
    void staticFiles_serveTheHostStylesheet_andRefuseEscapes() {
        HttpResponse<String> css = HostClient.anonymous(base).get("/host/static/site.css");

        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertEquals(404, HostClient.anonymous(base).get("/host/static/../../etc/passwd").statusCode());
        assertEquals(404, HostClient.anonymous(base).get("/aui/missing.css").statusCode());
    }

    private static JsonNode createJson(String user, String title, String template, String language) throws Exception {
        String body = JSON.writeValueAsString(Map.of("spaceKey", "DEMO", "title", title, "template", template,
                "language", language));
        HttpResponse<String> response = HostClient.as(base, user).postJson("/host/pages", body);
        assertEquals(201, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static List<JsonNode> pages(String user) {
        try {
            HttpResponse<String> response = HostClient.as(base, user).getJson("/host/pages");
            assertEquals(200, response.statusCode());
            List<JsonNode> pages = new java.util.ArrayList<>();
            JSON.readTree(response.body()).forEach(pages::add);
            return pages;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> titles(String user) {
        return pages(user).stream().map(p -> p.get("title").asText()).toList();
    }

    private static long pageId(String title) {
        return pages("alice").stream().filter(p -> p.get("title").asText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no page " + title)).get("id").asLong();
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    private static List<String> mapKeys(String html) {
        Matcher matcher = Pattern.compile("data-map-key=\"([^\"]+)\"").matcher(html);
        List<String> keys = new java.util.ArrayList<>();
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static final class DemoUsersRefs {
        static final io.journeymaps.host.UserRef ALICE = io.journeymaps.standalone.site.DemoUsers.ALICE.ref();
        static final io.journeymaps.host.UserRef BOB = io.journeymaps.standalone.site.DemoUsers.BOB.ref();
        static final io.journeymaps.host.UserRef CAROL = io.journeymaps.standalone.site.DemoUsers.CAROL.ref();
    }
}
