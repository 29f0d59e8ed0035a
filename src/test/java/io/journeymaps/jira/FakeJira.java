package io.journeymaps.jira;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.journeymaps.jira.token.TokenJiraConnections;

/**
 * WireMock on 127.0.0.1 playing Jira Data Center, and fixture bodies shaped like Jira REST v2
 * documents them. Close it in {@code @AfterAll}; it stops by itself when the JVM ends as well.
 */
public final class FakeJira implements AutoCloseable {
    public static final String TOKEN = "pat-Sup3rSecret-token";
    /** The client gives up after this long: stubs delayed beyond it "lose" their answer. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    private final WireMockServer server;

    public FakeJira() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    public WireMockServer server() {
        return server;
    }

    /** Jira's base URL, with a context path like many installations have. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port() + "/jira";
    }

    public TokenJiraConnections connections() {
        return TokenJiraConnections.of(baseUrl(), TOKEN, Duration.ofSeconds(2), REQUEST_TIMEOUT);
    }

    public RestJiraGateway gateway() {
        return new RestJiraGateway(connections());
    }

    public void reset() {
        server.resetAll();
    }

    @Override
    public void close() {
        server.stop();
    }

    // ---- bodies shaped like Jira DC REST v2 answers ----

    public static String issueJson(String key, String summary, String status, String categoryKey, String assignee) {
        String id = key.substring(key.indexOf('-') + 1);
        String assigneeJson = assignee == null ? "null" : """
                {"self":"http://jira.example/rest/api/2/user?username=%s","name":"%s","key":"%s",
                 "displayName":"%s","active":true,"timeZone":"Europe/Berlin"}""".formatted(
                assignee.toLowerCase(), assignee.toLowerCase(), assignee.toLowerCase(), assignee);
        return """
                {"expand":"renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations",
                 "id":"1%s","self":"http://jira.example/rest/api/2/issue/1%s","key":"%s",
                 "fields":{"summary":%s,
                  "status":{"self":"http://jira.example/rest/api/2/status/3","description":"",
                   "iconUrl":"http://jira.example/images/icons/statuses/inprogress.png","name":"%s","id":"3",
                   "statusCategory":{"self":"http://jira.example/rest/api/2/statuscategory/4","id":4,
                    "key":"%s","colorName":"yellow","name":"In Progress"}},
                  "assignee":%s}}""".formatted(id, id, key, quote(summary), status, categoryKey, assigneeJson);
    }

    public static String searchJson(int total, String... issues) {
        return """
                {"expand":"names,schema","startAt":0,"maxResults":50,"total":%d,"issues":[%s]}"""
                .formatted(total, String.join(",", issues));
    }

    public static String createdJson(String id, String key) {
        return """
                {"id":"%s","key":"%s","self":"http://jira.example/rest/api/2/issue/%s"}""".formatted(id, key, id);
    }

    public static String errorJson(String message, String field, String reason) {
        return """
                {"errorMessages":[%s],"errors":{%s}}""".formatted(message == null ? "" : quote(message),
                field == null ? "" : quote(field) + ":" + quote(reason));
    }

    static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
