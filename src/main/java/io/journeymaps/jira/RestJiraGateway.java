package io.journeymaps.jira;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.common.FieldError;
import io.journeymaps.common.json.Json;
import io.journeymaps.map.model.StatusCategory;

/** The JSON of Jira REST v2 over whichever transport the host gives: requests built, answers classified. */
@Named
public class RestJiraGateway implements JiraGateway {
    /** Jira issue keys: project key (letter first), dash, number. */
    public static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");
    private static final Pattern MARKER = Pattern.compile("[a-z0-9]{8,64}");
    private static final String FIELDS = "summary,status,assignee";
    private static final int MAX_TYPE_PAGES = 20;

    private final JiraConnections connections;

    @Inject
    public RestJiraGateway(JiraConnections connections) {
        this.connections = connections;
    }

    @Override
    public List<JiraServer> servers() {
        return connections.servers();
    }

    @Override
    public Optional<String> authorisationUrl(String serverId, String returnUrl) {
        return connections.authorisationUrl(serverId, returnUrl);
    }

    @Override
    public List<JiraProject> projects(String serverId) {
        JsonNode body = call(serverId, "GET", "rest/api/2/project", null);
        List<JiraProject> projects = new ArrayList<>();
        for (JsonNode p : array(body)) {
            projects.add(new JiraProject(text(p, "id"), required(p, "key"), text(p, "name")));
        }
        return projects;
    }

    @Override
    public List<JiraIssueType> issueTypes(String serverId, String projectKey) {
        checkProjectKey(projectKey);
        List<JiraIssueType> types = new ArrayList<>();
        int startAt = 0;
        for (int page = 0; page < MAX_TYPE_PAGES; page++) {
            JsonNode body = call(serverId, "GET", "rest/api/2/issue/createmeta/" + encode(projectKey)
                    + "/issuetypes?startAt=" + startAt + "&maxResults=" + SEARCH_BATCH, null);
            List<JsonNode> values = array(body.get("values"));
            for (JsonNode t : values) {
                types.add(new JiraIssueType(required(t, "id"), text(t, "name"), t.path("subtask").asBoolean(false)));
            }
            startAt += values.size();
            boolean last = body.path("isLast").asBoolean(false) || values.isEmpty()
                    || (body.has("total") && startAt >= body.get("total").asInt());
            if (last) {
                break;
            }
        }
        return types;
    }

    @Override
    public CreatedIssue createIssue(String serverId, NewIssue issue) {
        ObjectNode fields = Json.object();
        fields.putObject("project").put("key", issue.projectKey());
        fields.putObject("issuetype").put("id", issue.issueTypeId());
        fields.put("summary", issue.summary());
        fields.put("description", issue.description());
        ObjectNode body = Json.object();
        body.set("fields", fields);
        JsonNode created = call(serverId, "POST", "rest/api/2/issue", Json.write(body));
        return new CreatedIssue(text(created, "id"), required(created, "key"), text(created, "self"));
    }

    @Override
    public Optional<JiraIssue> issue(String serverId, String issueKey) {
        checkIssueKey(issueKey);
        try {
            return Optional.of(issue(call(serverId, "GET", "rest/api/2/issue/" + encode(issueKey) + "?fields=" + FIELDS, null)));
        } catch (JiraException e) {
            if (e.fault() == JiraFault.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<JiraIssue> searchByKeys(String serverId, Collection<String> issueKeys) {
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(issueKeys));
        keys.forEach(RestJiraGateway::checkIssueKey);
        List<JiraIssue> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += SEARCH_BATCH) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + SEARCH_BATCH));
            found.addAll(search(serverId, "key in (" + String.join(",", chunk) + ")", chunk.size()));
        }
        return found;
    }

    @Override
    public List<JiraIssue> searchByMarker(String serverId, String projectKey, String marker) {
        checkProjectKey(projectKey);
        if (!MARKER.matcher(marker).matches()) {
            throw new IllegalArgumentException("not a marker: " + marker);
        }
        return search(serverId, "project = \"" + projectKey + "\" AND description ~ \"" + marker + "\"", SEARCH_BATCH);
    }

    @Override
    public void putRemoteLink(String serverId, String issueKey, RemoteLink link) {
        checkIssueKey(issueKey);
        ObjectNode body = Json.object();
        body.put("globalId", link.globalId());
        body.putObject("application").put("type", "io.journeymaps").put("name", "Journey Maps");
        body.put("relationship", link.relationship());
        ObjectNode object = body.putObject("object");
        object.put("url", link.url());
        object.put("title", link.title());
        if (link.summary() != null) {
            object.put("summary", link.summary());
        }
        call(serverId, "POST", "rest/api/2/issue/" + encode(issueKey) + "/remotelink", Json.write(body));
    }

    @Override
    public Optional<RemoteLink> findRemoteLink(String serverId, String issueKey, String globalId) {
        checkIssueKey(issueKey);
        try {
            JsonNode body = call(serverId, "GET", "rest/api/2/issue/" + encode(issueKey) + "/remotelink?globalId="
                    + encode(globalId), null);
            // With a globalId Jira answers one object; be lenient about an array as well.
            JsonNode link = body.isArray() ? (body.isEmpty() ? null : body.get(0)) : body;
            if (link == null || !link.isObject()) {
                return Optional.empty();
            }
            JsonNode object = link.path("object");
            return Optional.of(new RemoteLink(text(link, "globalId"), text(object, "url"), text(object, "title"),
                    text(object, "summary"), text(link, "relationship")));
        } catch (JiraException e) {
            if (e.fault() == JiraFault.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void deleteRemoteLink(String serverId, String issueKey, String globalId) {
        checkIssueKey(issueKey);
        try {
            call(serverId, "DELETE", "rest/api/2/issue/" + encode(issueKey) + "/remotelink?globalId=" + encode(globalId), null);
        } catch (JiraException e) {
            if (e.fault() != JiraFault.NOT_FOUND) {
                throw e;
            }
        }
    }

    private List<JiraIssue> search(String serverId, String jql, int maxResults) {
        ObjectNode body = Json.object();
        body.put("jql", jql);
        body.put("startAt", 0);
        body.put("maxResults", maxResults);
        body.putArray("fields").add("summary").add("status").add("assignee");
        // Keys that no longer exist must not fail the whole batch: they are simply left out.
        body.put("validateQuery", false);
        JsonNode result = call(serverId, "POST", "rest/api/2/search", Json.write(body));
        if (!result.has("issues")) {
            throw malformed("search answer without issues");
        }
        List<JiraIssue> issues = new ArrayList<>();
        for (JsonNode i : array(result.get("issues"))) {
            issues.add(issue(i));
        }
        return issues;
    }

    private static JiraIssue issue(JsonNode i) {
        JsonNode fields = i.path("fields");
        JsonNode status = fields.path("status");
        JsonNode assignee = fields.path("assignee");
        String category = status.path("statusCategory").path("key").asText(null);
        return new JiraIssue(required(i, "key"), text(fields, "summary"), text(status, "name"),
                category == null ? StatusCategory.UNKNOWN : StatusCategory.fromJiraKey(category),
                assignee.isObject() ? text(assignee, "displayName") : null);
    }

    private JsonNode call(String serverId, String method, String path, String body) {
        JiraHttpResponse response = connections.transport(serverId).send(method, path, body);
        int status = response.status();
        if (status >= 200 && status < 300) {
            if (response.body() == null || response.body().isBlank()) {
                return Json.object();
            }
            try {
                return Json.MAPPER.readTree(response.body());
            } catch (Exception e) {
                throw malformed("Jira's answer is not JSON");
            }
        }
        throw fault(response);
    }

    /** Classifies an HTTP error answer. */
    static JiraException fault(JiraHttpResponse response) {
        int status = response.status();
        if (status == 401 || status == 403) {
            return new JiraException(JiraFault.AUTH_REQUIRED, "Jira refused the credentials (" + status + ")");
        }
        if (status == 404) {
            return new JiraException(JiraFault.NOT_FOUND, "Jira has no such item (404)");
        }
        if (status == 429) {
            return new JiraException(JiraFault.RATE_LIMITED, "Jira asks to slow down (429)", false, null,
                    retryAfter(response.retryAfter()), null);
        }
        if (status == 400) {
            return new JiraException(JiraFault.BAD_REQUEST, "Jira refused the request", false, null, null,
                    errors(response.body()));
        }
        if (status >= 500) {
            return new JiraException(JiraFault.SERVER_ERROR, "Jira failed (" + status + ")", true, null, null, null);
        }
        return new JiraException(JiraFault.SERVER_ERROR, "Jira answered " + status, false, null, null, null);
    }

    /** Jira's {@code {"errorMessages":[…],"errors":{"field":"reason"}}} as field errors ("jira" for general ones). */
    static List<FieldError> errors(String body) {
        List<FieldError> errors = new ArrayList<>();
        try {
            JsonNode node = Json.MAPPER.readTree(body == null ? "" : body);
            if (node != null) {
                for (JsonNode m : node.path("errorMessages")) {
                    errors.add(new FieldError("jira", m.asText()));
                }
                Iterator<Map.Entry<String, JsonNode>> fields = node.path("errors").fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    errors.add(new FieldError(f.getKey(), f.getValue().asText()));
                }
            }
        } catch (Exception unreadable) {
            // fall through to the general reason below
        }
        if (errors.isEmpty()) {
            errors.add(new FieldError("jira", "Jira refused the request"));
        }
        return errors;
    }

    private static Long retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Math.max(0, Long.parseLong(header.strip()));
        } catch (NumberFormatException httpDate) {
            return null;
        }
    }

    private static List<JsonNode> array(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw malformed("expected a JSON array from Jira");
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw malformed("Jira's answer has no " + field);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static JiraException malformed(String message) {
        return new JiraException(JiraFault.MALFORMED, message);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static void checkIssueKey(String key) {
        if (key == null || !ISSUE_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not an issue key: " + key);
        }
    }

    private static void checkProjectKey(String key) {
        if (key == null || !PROJECT_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a project key: " + key);
        }
    }
}
