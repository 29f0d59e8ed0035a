package io.journeymaps.jira.rest;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.journeymaps.common.FieldError;
import io.journeymaps.common.json.Json;
import io.journeymaps.common.json.JsonFields;
import io.journeymaps.jira.BulkCardResult;
import io.journeymaps.jira.CreateOutcome;
import io.journeymaps.jira.CreateRequest;
import io.journeymaps.jira.JiraIssueType;
import io.journeymaps.jira.JiraProject;
import io.journeymaps.jira.JiraServer;
import io.journeymaps.jira.RefreshOutcome;
import io.journeymaps.map.json.MapJson;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JourneyMap;

/** The JSON of the Jira endpoints: request bodies read with field errors, answers written. */
final class JiraJson {
    static final Set<String> CREATE_FIELDS = Set.of("serverId", "projectKey", "issueTypeId", "summary", "description");
    static final Set<String> LINK_FIELDS = Set.of("serverId", "issueKey");
    static final Set<String> BULK_FIELDS = Set.of("serverId", "projectKey", "issueTypeId", "stageId");

    private JiraJson() {
    }

    static CreateRequest createRequest(JsonNode body) {
        JsonFields f = JsonFields.of(body, "");
        f.rejectUnknown(CREATE_FIELDS);
        return new CreateRequest(f.requiredString("serverId"), f.requiredString("projectKey"),
                f.requiredString("issueTypeId"), f.optionalString("summary"), f.optionalString("description"));
    }

    static ObjectNode servers(List<JiraServer> servers) {
        ObjectNode o = Json.object();
        o.put("configured", !servers.isEmpty());
        if (servers.isEmpty()) {
            o.put("message", "Jira is not configured");
        }
        ArrayNode a = o.putArray("servers");
        servers.forEach(s -> a.addObject().put("id", s.id()).put("name", s.name()).put("url", s.url()));
        return o;
    }

    static ArrayNode projects(List<JiraProject> projects) {
        ArrayNode a = Json.array();
        projects.forEach(p -> a.addObject().put("id", p.id()).put("key", p.key()).put("name", p.name()));
        return a;
    }

    static ArrayNode issueTypes(List<JiraIssueType> types) {
        ArrayNode a = Json.array();
        types.forEach(t -> a.addObject().put("id", t.id()).put("name", t.name()).put("subtask", t.subtask()));
        return a;
    }

    static ObjectNode link(JiraLink l) {
        ObjectNode o = MapJson.jiraLink(l);
        o.put("cardId", l.cardId());
        return o;
    }

    static ObjectNode created(CreateOutcome outcome) {
        ObjectNode o = Json.object();
        o.set("link", link(outcome.link()));
        o.put("recovered", outcome.recovered());
        o.put("remoteLinked", outcome.remoteLinked());
        o.put("version", outcome.mapVersion());
        return o;
    }

    static ObjectNode bulk(List<BulkCardResult> results, long version) {
        ObjectNode o = Json.object();
        o.put("version", version);
        ArrayNode a = o.putArray("results");
        for (BulkCardResult r : results) {
            ObjectNode c = a.addObject();
            c.put("cardId", r.cardId()).put("outcome", r.outcome().name()).put("issueKey", r.issueKey());
            c.put("fault", r.fault() == null ? null : r.fault().name());
            c.put("message", r.message());
            ArrayNode errors = c.putArray("errors");
            for (FieldError fe : r.errors()) {
                errors.addObject().put("field", fe.field()).put("reason", fe.reason());
            }
        }
        return o;
    }

    static ObjectNode refreshed(RefreshOutcome outcome) {
        JourneyMap map = outcome.map();
        ObjectNode o = Json.object();
        o.put("version", map.version());
        o.put("refreshed", outcome.refreshed());
        ArrayNode faults = o.putArray("faults");
        for (RefreshOutcome.ServerFault f : outcome.faults()) {
            ObjectNode fo = faults.addObject();
            fo.put("serverId", f.serverId()).put("fault", f.fault().name()).put("message", f.message());
            if (f.authorisationUrl() != null) {
                fo.put("authorisationUrl", f.authorisationUrl());
            }
            if (f.retryAfterSeconds() != null) {
                fo.put("retryAfterSeconds", f.retryAfterSeconds());
            }
        }
        ArrayNode links = o.putArray("links");
        map.jiraLinks().forEach(l -> links.add(link(l)));
        return o;
    }
}
