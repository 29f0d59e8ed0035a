package io.journeymaps.space.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.journeymaps.common.json.Json;
import io.journeymaps.space.ImportReport;
import io.journeymaps.space.ImportReport.Entry;

/** The import report as the REST API writes it (docs/space-export.md). */
public final class ImportReportJson {
    private ImportReportJson() {
    }

    public static ObjectNode toJson(ImportReport report) {
        ObjectNode o = Json.object();
        o.put("dryRun", report.dryRun());
        o.put("spaceKey", report.spaceKey());
        o.put("sourceSpaceKey", report.sourceSpaceKey());
        o.putObject("created")
                .put("personas", report.created().personas())
                .put("maps", report.created().maps())
                .put("revisions", report.created().revisions())
                .put("comments", report.created().comments());
        ArrayNode entries = o.putArray("entries");
        report.entries().forEach(e -> entries.add(entry(e)));
        ArrayNode skipped = o.putArray("skipped");
        report.skipped().forEach(e -> skipped.add(entry(e)));
        return o;
    }

    private static ObjectNode entry(Entry e) {
        ObjectNode o = Json.object();
        o.put("path", e.path());
        o.put("kind", e.kind().name());
        o.put("label", e.label());
        o.put("outcome", e.outcome().name());
        o.put("id", e.id());
        o.put("revisions", e.revisions());
        o.put("comments", e.comments());
        o.put("reason", e.reason());
        return o;
    }
}
