package io.journeymaps.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.journeymaps.jira.token.TokenJiraConnections;

/** Every fault Jira can give, each as its typed JiraException; none carries the token. */
class JiraFaultTest {
    private static FakeJira jira;
    private RestJiraGateway gateway;

    @BeforeAll
    static void start() {
        jira = new FakeJira();
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @BeforeEach
    void reset() {
        jira.reset();
        gateway = jira.gateway();
    }

    @Test
    void jiraDown_isUnreachable_andCertain() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = s.getLocalPort();
        }
        RestJiraGateway down = new RestJiraGateway(TokenJiraConnections.of("http://127.0.0.1:" + closedPort, FakeJira.TOKEN));

        JiraException e = assertThrows(JiraException.class, () -> down.projects("jira"));

        assertEquals(JiraFault.UNREACHABLE, e.fault());
        assertFalse(e.uncertain(), "nothing was sent");
        assertNoToken(e);
    }

    @Test
    void timeout_isUnreachable_andUncertain() {
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse().withStatus(201)
                .withFixedDelay((int) FakeJira.REQUEST_TIMEOUT.multipliedBy(3).toMillis())
                .withBody(FakeJira.createdJson("1", "SHOP-1"))));

        JiraException e = assertThrows(JiraException.class,
                () -> gateway.createIssue("jira", new NewIssue("SHOP", "1", "s", "d")));

        assertEquals(JiraFault.UNREACHABLE, e.fault());
        assertTrue(e.uncertain(), "Jira may have made the issue");
        assertNoToken(e);
    }

    @Test
    void connectionResetAfterSending_isUnreachable_andUncertain() {
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        JiraException e = assertThrows(JiraException.class,
                () -> gateway.createIssue("jira", new NewIssue("SHOP", "1", "s", "d")));

        assertEquals(JiraFault.UNREACHABLE, e.fault());
        assertTrue(e.uncertain());
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void serverError_isServerError_andUncertain(int status) {
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/project")).willReturn(aResponse().withStatus(status)
                .withBody("<html>Jira is down for maintenance</html>")));

        JiraException e = assertThrows(JiraException.class, () -> gateway.projects("jira"));

        assertEquals(JiraFault.SERVER_ERROR, e.fault());
        assertTrue(e.uncertain());
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void refusedCredentials_areAuthRequired(int status) {
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/project")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(FakeJira.errorJson("You are not authenticated. Authentication required to perform this operation.", null, null))));

        JiraException e = assertThrows(JiraException.class, () -> gateway.projects("jira"));

        assertEquals(JiraFault.AUTH_REQUIRED, e.fault());
        assertEquals(null, e.authorisationUrl(), "a token has no authorisation dance");
        assertNoToken(e);
    }

    @Test
    void notFound_isNotFound() {
        jira.server().stubFor(get(urlPathEqualTo("/jira/rest/api/2/issue/createmeta/GONE/issuetypes"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody(FakeJira.errorJson("No project could be found with key 'GONE'.", null, null))));

        JiraException e = assertThrows(JiraException.class, () -> gateway.issueTypes("jira", "GONE"));

        assertEquals(JiraFault.NOT_FOUND, e.fault());
    }

    @Test
    void tooManyRequests_isRateLimited_withRetryAfter() {
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "30")));

        JiraException e = assertThrows(JiraException.class, () -> gateway.searchByKeys("jira", List.of("SHOP-1")));

        assertEquals(JiraFault.RATE_LIMITED, e.fault());
        assertEquals(30L, e.retryAfterSeconds());
        assertFalse(e.uncertain());
    }

    @Test
    void unreadableBody_isMalformed() {
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/project")).willReturn(okJson("[{\"key\":\"SHOP\",")));
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search")).willReturn(okJson("{\"total\":1}")));
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(okJson("{\"id\":\"1\"}")));

        assertEquals(JiraFault.MALFORMED, assertThrows(JiraException.class, () -> gateway.projects("jira")).fault());
        assertEquals(JiraFault.MALFORMED, assertThrows(JiraException.class,
                () -> gateway.searchByKeys("jira", List.of("SHOP-1"))).fault());
        assertEquals(JiraFault.MALFORMED, assertThrows(JiraException.class,
                () -> gateway.createIssue("jira", new NewIssue("SHOP", "1", "s", "d"))).fault(), "no key in the answer");
    }

    @Test
    void notConfigured_listsNoServer_andSaysSo() {
        RestJiraGateway none = new RestJiraGateway(TokenJiraConnections.notConfigured());

        assertEquals(List.of(), none.servers());
        JiraException e = assertThrows(JiraException.class, () -> none.projects("jira"));
        assertEquals(JiraFault.NOT_CONFIGURED, e.fault());
        assertEquals("Jira is not configured", e.getMessage());
    }

    @Test
    void unknownServerId_isNotFound() {
        assertEquals(JiraFault.NOT_FOUND, assertThrows(JiraException.class, () -> gateway.projects("other")).fault());
    }

    @Test
    void connectionsToString_neverShowsTheToken() {
        TokenJiraConnections c = TokenJiraConnections.of(jira.baseUrl(), FakeJira.TOKEN, Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertFalse(c.toString().contains(FakeJira.TOKEN));
    }

    private static void assertNoToken(JiraException e) {
        assertFalse(String.valueOf(e.getMessage()).contains(FakeJira.TOKEN));
        assertFalse(e.toString().contains(FakeJira.TOKEN));
    }
}
