package io.journeymaps.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.journeymaps.common.FieldError;
import io.journeymaps.map.model.StatusCategory;

/**
 * The exact requests the gateway sends to Jira DC REST v2 (method, path, headers, JSON body) and how
 * it reads each documented answer shape, against WireMock with the personal access token adapter.
 */
class RestJiraGatewayContractTest {
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
    void servers_isTheOneConfiguredJira_withoutTheToken() {
        List<JiraServer> servers = gateway.servers();

        assertEquals(List.of(new JiraServer("jira", "Jira (127.0.0.1)", jira.baseUrl())), servers);
        assertFalse(servers.toString().contains(FakeJira.TOKEN));
    }

    @Test
    void projects_getsTheProjectList_withTheBearerToken() {
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/project")).willReturn(okJson("""
                [{"expand":"description,lead,url,projectKeys","self":"http://jira.example/rest/api/2/project/10000",
                  "id":"10000","key":"SHOP","name":"Online shop","projectTypeKey":"software",
                  "avatarUrls":{"48x48":"http://jira.example/secure/projectavatar?avatarId=10324"}},
                 {"self":"http://jira.example/rest/api/2/project/10001","id":"10001","key":"CX","name":"Customer experience"}]""")));

        List<JiraProject> projects = gateway.projects("jira");

        assertEquals(List.of(new JiraProject("10000", "SHOP", "Online shop"),
                new JiraProject("10001", "CX", "Customer experience")), projects);
        jira.server().verify(getRequestedFor(urlEqualTo("/jira/rest/api/2/project"))
                .withHeader("Authorization", equalTo("Bearer " + FakeJira.TOKEN))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void issueTypes_followsThePagesOfCreatemetaIssuetypes() {
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/issue/createmeta/SHOP/issuetypes?startAt=0&maxResults=50"))
                .willReturn(okJson("""
                        {"maxResults":2,"startAt":0,"total":3,"isLast":false,"values":[
                          {"self":"http://jira.example/rest/api/2/issuetype/10001","id":"10001","description":"A bug",
                           "iconUrl":"http://jira.example/bug.svg","name":"Bug","subtask":false},
                          {"self":"http://jira.example/rest/api/2/issuetype/10002","id":"10002","description":"A task",
                           "iconUrl":"http://jira.example/task.svg","name":"Task","subtask":false}]}""")));
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/issue/createmeta/SHOP/issuetypes?startAt=2&maxResults=50"))
                .willReturn(okJson("""
                        {"maxResults":2,"startAt":2,"total":3,"isLast":true,"values":[
                          {"self":"http://jira.example/rest/api/2/issuetype/10003","id":"10003","description":"Part of a task",
                           "iconUrl":"http://jira.example/sub.svg","name":"Sub-task","subtask":true}]}""")));

        List<JiraIssueType> types = gateway.issueTypes("jira", "SHOP");

        assertEquals(List.of(new JiraIssueType("10001", "Bug", false), new JiraIssueType("10002", "Task", false),
                new JiraIssueType("10003", "Sub-task", true)), types);
        assertEquals(2, jira.server().countRequestsMatching(getRequestedFor(
                urlPathEqualTo("/jira/rest/api/2/issue/createmeta/SHOP/issuetypes")).build()).getCount());
    }

    @Test
    void createIssue_postsTheFields_andReadsIdKeySelf() {
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(FakeJira.createdJson("10040", "SHOP-7"))));

        CreatedIssue created = gateway.createIssue("jira", new NewIssue("SHOP", "10002", "Checkout fails", "On mobile"));

        assertEquals(new CreatedIssue("10040", "SHOP-7", "http://jira.example/rest/api/2/issue/10040"), created);
        jira.server().verify(postRequestedFor(urlEqualTo("/jira/rest/api/2/issue"))
                .withHeader("Authorization", equalTo("Bearer " + FakeJira.TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"fields":{"project":{"key":"SHOP"},"issuetype":{"id":"10002"},
                                   "summary":"Checkout fails","description":"On mobile"}}""")));
    }

    @Test
    void createIssue_400_carriesJirasErrorMessagesAndFieldErrors() {
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(FakeJira.errorJson("Project is archived", "summary", "You must specify a summary of the issue."))));

        JiraException e = assertThrows(JiraException.class,
                () -> gateway.createIssue("jira", new NewIssue("SHOP", "10002", "x", "y")));

        assertEquals(JiraFault.BAD_REQUEST, e.fault());
        assertEquals(List.of(new FieldError("jira", "Project is archived"),
                new FieldError("summary", "You must specify a summary of the issue.")), e.fieldErrors());
        assertFalse(e.uncertain());
    }

    @Test
    void issue_getsSummaryStatusAssignee_andIsEmptyOn404() {
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/issue/SHOP-7?fields=summary,status,assignee"))
                .willReturn(okJson(FakeJira.issueJson("SHOP-7", "Checkout fails", "In Progress", "indeterminate", "Bob"))));
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/issue/SHOP-8?fields=summary,status,assignee"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody(FakeJira.errorJson("Issue Does Not Exist", null, null))));

        assertEquals(Optional.of(new JiraIssue("SHOP-7", "Checkout fails", "In Progress", StatusCategory.INDETERMINATE, "Bob")),
                gateway.issue("jira", "SHOP-7"));
        assertEquals(Optional.empty(), gateway.issue("jira", "SHOP-8"));
    }

    @Test
    void searchByKeys_postsKeyInJql_withTheThreeFields_andReadsIssues() {
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search")).willReturn(okJson(FakeJira.searchJson(2,
                FakeJira.issueJson("SHOP-1", "One", "To Do", "new", null),
                FakeJira.issueJson("SHOP-2", "Two", "Done", "done", "Carol")))));

        List<JiraIssue> found = gateway.searchByKeys("jira", List.of("SHOP-1", "SHOP-2", "SHOP-1"));

        assertEquals(List.of(new JiraIssue("SHOP-1", "One", "To Do", StatusCategory.NEW, null),
                new JiraIssue("SHOP-2", "Two", "Done", StatusCategory.DONE, "Carol")), found);
        jira.server().verify(1, postRequestedFor(urlEqualTo("/jira/rest/api/2/search"))
                .withHeader("Authorization", equalTo("Bearer " + FakeJira.TOKEN))
                .withRequestBody(equalToJson("""
                        {"jql":"key in (SHOP-1,SHOP-2)","startAt":0,"maxResults":2,
                         "fields":["summary","status","assignee"],"validateQuery":false}""")));
    }

    @Test
    void searchByMarker_looksInTheProjectsDescriptions() {
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search")).willReturn(okJson(FakeJira.searchJson(0))));

        assertEquals(List.of(), gateway.searchByMarker("jira", "SHOP", "jm0011223344556677"));

        jira.server().verify(postRequestedFor(urlEqualTo("/jira/rest/api/2/search")).withRequestBody(equalToJson("""
                {"jql":"project = \\"SHOP\\" AND description ~ \\"jm0011223344556677\\"","startAt":0,"maxResults":50,
                 "fields":["summary","status","assignee"],"validateQuery":false}""")));
    }

    @Test
    void putRemoteLink_postsGlobalIdApplicationRelationshipAndObject() {
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue/SHOP-7/remotelink")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":10000,\"self\":\"http://jira.example/rest/api/2/issue/SHOP-7/remotelink/10000\"}")));

        gateway.putRemoteLink("jira", "SHOP-7", new RemoteLink("io.journeymaps:map=5&card=p1",
                "http://wiki.example/pages/viewpage.action?pageId=42", "Journey map: Online shop", "Checkout fails", "mentioned in"));

        jira.server().verify(postRequestedFor(urlEqualTo("/jira/rest/api/2/issue/SHOP-7/remotelink"))
                .withHeader("Authorization", equalTo("Bearer " + FakeJira.TOKEN))
                .withRequestBody(equalToJson("""
                        {"globalId":"io.journeymaps:map=5&card=p1",
                         "application":{"type":"io.journeymaps","name":"Journey Maps"},
                         "relationship":"mentioned in",
                         "object":{"url":"http://wiki.example/pages/viewpage.action?pageId=42",
                                   "title":"Journey map: Online shop","summary":"Checkout fails"}}""")));
    }

    @Test
    void findRemoteLink_queriesByGlobalId_andDeleteRemoteLinkToo() {
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/issue/SHOP-7/remotelink?globalId=io.journeymaps%3Amap%3D5%26card%3Dp1"))
                .willReturn(okJson("""
                        {"id":10000,"self":"http://jira.example/rest/api/2/issue/SHOP-7/remotelink/10000",
                         "globalId":"io.journeymaps:map=5&card=p1",
                         "application":{"type":"io.journeymaps","name":"Journey Maps"},
                         "relationship":"mentioned in",
                         "object":{"url":"http://wiki.example/p","title":"Journey map: Online shop",
                                   "icon":{},"status":{"icon":{}}}}""")));
        jira.server().stubFor(delete(urlPathEqualTo("/jira/rest/api/2/issue/SHOP-7/remotelink"))
                .willReturn(aResponse().withStatus(204)));

        Optional<RemoteLink> found = gateway.findRemoteLink("jira", "SHOP-7", "io.journeymaps:map=5&card=p1");
        gateway.deleteRemoteLink("jira", "SHOP-7", "io.journeymaps:map=5&card=p1");

        assertEquals(Optional.of(new RemoteLink("io.journeymaps:map=5&card=p1", "http://wiki.example/p",
                "Journey map: Online shop", null, "mentioned in")), found);
        jira.server().verify(deleteRequestedFor(urlPathEqualTo("/jira/rest/api/2/issue/SHOP-7/remotelink"))
                .withQueryParam("globalId", equalTo("io.journeymaps:map=5&card=p1"))
                .withRequestBody(absent()));
    }

    @Test
    void noToken_sendsNoAuthorizationHeader_andOtherHostsNeverGetIt() {
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/project")).willReturn(okJson("[]")));
        RestJiraGateway anonymous = new RestJiraGateway(io.journeymaps.jira.token.TokenJiraConnections.of(jira.baseUrl(), ""));

        anonymous.projects("jira");

        jira.server().verify(getRequestedFor(urlEqualTo("/jira/rest/api/2/project")).withoutHeader("Authorization"));
        assertThrows(IllegalArgumentException.class, () -> jira.connections().transport("jira")
                .send("GET", "http://evil.example/steal", null));
    }
}
