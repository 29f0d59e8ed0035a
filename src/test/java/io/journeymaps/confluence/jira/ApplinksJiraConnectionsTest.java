package io.journeymaps.confluence.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.ReadOnlyApplicationLink;
import com.atlassian.applinks.api.ReadOnlyApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.journeymaps.jira.JiraException;
import io.journeymaps.jira.JiraFault;
import io.journeymaps.jira.JiraHttpResponse;
import io.journeymaps.jira.JiraServer;

/** The application links adapter on mocks of the applinks API: servers, requests as the user, the OAuth dance. */
class ApplinksJiraConnectionsTest {
    private final ReadOnlyApplicationLinkService service = mock(ReadOnlyApplicationLinkService.class);
    private final ReadOnlyApplicationLink link = mock(ReadOnlyApplicationLink.class);
    private final ApplicationLinkRequestFactory factory = mock(ApplicationLinkRequestFactory.class);
    private final ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);
    private ApplinksJiraConnections connections;

    @BeforeEach
    void setUp() {
        ApplicationId id = mock(ApplicationId.class);
        when(id.toString()).thenReturn("144880e9-a353-312f-9412-ed028e8166fa");
        when(link.getId()).thenReturn(id);
        when(link.getName()).thenReturn("Company Jira");
        when(link.getDisplayUrl()).thenReturn(URI.create("https://jira.example.com"));
        when(link.createAuthenticatedRequestFactory()).thenReturn(factory);
        when(service.getApplicationLinks(JiraApplicationType.class)).thenReturn(List.of(link));
        connections = new ApplinksJiraConnections(service);
    }

    @Test
    void servers_areTheJiraApplicationLinks() {
        assertEquals(List.of(new JiraServer("144880e9-a353-312f-9412-ed028e8166fa", "Company Jira", "https://jira.example.com")),
                connections.servers());
    }

    @Test
    void send_goesThroughTheAuthenticatedFactory_withTheJsonBody() throws Exception {
        when(factory.createRequest(Request.MethodType.POST, "rest/api/2/issue")).thenReturn(request);
        Response answer = mock(Response.class);
        when(answer.getStatusCode()).thenReturn(201);
        when(answer.getResponseBodyAsString()).thenReturn("{\"id\":\"1\",\"key\":\"SHOP-1\",\"self\":\"x\"}");
        when(request.execute(any())).thenAnswer(inv -> inv.<ApplicationLinkResponseHandler<?>>getArgument(0).handle(answer));

        JiraHttpResponse response = connections.transport("144880e9-a353-312f-9412-ed028e8166fa")
                .send("POST", "rest/api/2/issue", "{\"fields\":{}}");

        assertEquals(new JiraHttpResponse(201, "{\"id\":\"1\",\"key\":\"SHOP-1\",\"self\":\"x\"}", null), response);
        verify(request).addHeader("Content-Type", "application/json");
        verify(request).setRequestBody("{\"fields\":{}}");
    }

    @Test
    void credentialsRequired_isAuthRequired_withTheAuthorisationUrl_backToThePage() throws Exception {
        CredentialsRequiredException needed = mock(CredentialsRequiredException.class);
        when(needed.getAuthorisationURI()).thenReturn(URI.create("https://wiki.example.com/plugins/servlet/applinks/oauth/login-dance/authorize?applicationLinkID=1"));
        URI back = URI.create("https://wiki.example.com/pages/viewpage.action?pageId=42");
        when(needed.getAuthorisationURI(back)).thenReturn(URI.create("https://wiki.example.com/dance?redirectUrl=page42"));
        when(factory.createRequest(any(), any())).thenThrow(needed);

        JiraException e = assertThrows(JiraException.class,
                () -> connections.transport("144880e9-a353-312f-9412-ed028e8166fa").send("GET", "rest/api/2/project", null));

        assertEquals(JiraFault.AUTH_REQUIRED, e.fault());
        assertTrue(e.authorisationUrl().contains("oauth/login-dance"));
        assertEquals(Optional.of("https://wiki.example.com/dance?redirectUrl=page42"),
                connections.authorisationUrl("144880e9-a353-312f-9412-ed028e8166fa", back.toString()));
    }

    @Test
    void credentialsRejectedOnTheWay_isA401ForTheGateway() throws Exception {
        when(factory.createRequest(Request.MethodType.GET, "rest/api/2/project")).thenReturn(request);
        when(request.execute(any())).thenAnswer(inv -> inv.<ApplicationLinkResponseHandler<?>>getArgument(0)
                .credentialsRequired(mock(Response.class)));

        JiraHttpResponse response = connections.transport("144880e9-a353-312f-9412-ed028e8166fa").send("GET", "rest/api/2/project", null);

        assertEquals(401, response.status());
    }

    @Test
    void responseException_isUnreachable_andUncertain() throws Exception {
        when(factory.createRequest(Request.MethodType.GET, "rest/api/2/project")).thenReturn(request);
        when(request.execute(any())).thenThrow(new ResponseException("connect timed out"));

        JiraException e = assertThrows(JiraException.class,
                () -> connections.transport("144880e9-a353-312f-9412-ed028e8166fa").send("GET", "rest/api/2/project", null));

        assertEquals(JiraFault.UNREACHABLE, e.fault());
        assertTrue(e.uncertain());
    }

    @Test
    void unknownServer_isNotFound_noLinks_isNotConfigured() {
        assertEquals(JiraFault.NOT_FOUND, assertThrows(JiraException.class, () -> connections.transport("other")).fault());
        when(service.getApplicationLinks(JiraApplicationType.class)).thenReturn(List.of());
        assertEquals(List.of(), connections.servers());
        assertEquals(JiraFault.NOT_CONFIGURED, assertThrows(JiraException.class, () -> connections.transport("x")).fault());
    }
}
