package io.journeymaps.space.json;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.journeymaps.comment.CommentService;
import io.journeymaps.comment.model.Anchor;
import io.journeymaps.comment.model.Comment;
import io.journeymaps.common.FieldError;
import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.json.Json;
import io.journeymaps.common.json.JsonFields;
import io.journeymaps.history.RevisionRepository.RevisionSnapshot;
import io.journeymaps.history.model.Revision;
import io.journeymaps.history.model.RevisionKind;
import io.journeymaps.map.json.MapSnapshotJson;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Limits;
import io.journeymaps.persona.PersonaService;
import io.journeymaps.persona.json.PersonaJson;
import io.journeymaps.persona.model.Persona;
import io.journeymaps.space.SpaceFile;
import io.journeymaps.space.SpaceFile.ExportedMap;
import io.journeymaps.space.SpaceFile.PageInfo;
import io.journeymaps.space.SpaceFile.Thread;

/**
 * The space export file (docs/space-export.md) written and read. Reading validates the whole file
 * before the caller stores anything: every problem is an InvalidInputException naming the field path
 * from the top of the file ({@code maps[3].comments[2].anchor.type}). Maps are the lossless
 * {@link MapSnapshotJson}; personas are {@link PersonaJson}.
 */
public final class SpaceFileJson {
    /** Revision summaries are stored in a 450-character column. */
    static final int SUMMARY = 450;
    private static final Set<String> TOP = Set.of("format", "formatVersion", "spaceKey", "exported", "exportedBy",
            "personas", "maps");
    private static final Set<String> MAP = Set.of("page", "macroKey", "map", "revisions", "comments");
    private static final Set<String> REVISION = Set.of("version", "kind", "author", "created", "summary", "snapshot");
    private static final Set<String> THREAD = Set.of("id", "anchor", "author", "body", "created", "edited",
            "resolved", "replies");
    private static final Set<String> REPLY = Set.of("id", "author", "body", "created", "edited");

    private SpaceFileJson() {
    }

    /** What a file declares about itself, and its content when this version can read it. */
    public record Read(int formatVersion, String sourceSpaceKey, SpaceFile file) {
        public boolean supported() {
            return file != null;
        }
    }

    public static ObjectNode write(SpaceFile file) {
        ObjectNode o = Json.object();
        o.put("format", SpaceFile.FORMAT);
        o.put("formatVersion", SpaceFile.FORMAT_VERSION);
        o.put("spaceKey", file.spaceKey());
        o.put("exported", file.exported() == null ? null : file.exported().toString());
        o.put("exportedBy", file.exportedBy());
        ArrayNode personas = o.putArray("personas");
        file.personas().forEach(p -> personas.add(PersonaJson.toJson(p)));
        ArrayNode maps = o.putArray("maps");
        for (ExportedMap m : file.maps()) {
            ObjectNode mo = maps.addObject();
            mo.putObject("page").put("id", m.page().id()).put("title", m.page().title());
            mo.put("macroKey", m.macroKey());
            mo.set("map", MapSnapshotJson.toJson(m.map()));
            ArrayNode revisions = mo.putArray("revisions");
            for (RevisionSnapshot r : m.revisions()) {
                Revision rev = r.revision();
                ObjectNode ro = revisions.addObject();
                ro.put("version", rev.version());
                ro.put("kind", rev.kind().name());
                ro.put("author", rev.author());
                ro.put("created", rev.created() == null ? null : rev.created().toString());
                ro.put("summary", rev.summary());
                ro.set("snapshot", Json.parse(r.snapshotJson()));
            }
            ArrayNode threads = mo.putArray("comments");
            for (Thread t : m.comments()) {
                ObjectNode to = threads.addObject();
                to.setAll(comment(t.root()));
                ObjectNode anchor = Json.object().put("type", t.root().anchor().type().name())
                        .put("id", t.root().anchor().elementId());
                to.set("anchor", anchor);
                to.put("resolved", t.root().resolved());
                ArrayNode replies = to.putArray("replies");
                t.replies().forEach(r -> replies.add(comment(r)));
            }
        }
        return o;
    }

    private static ObjectNode comment(Comment c) {
        ObjectNode o = Json.object();
        o.put("id", c.id());
        o.put("author", c.author());
        o.put("body", c.body());
        o.put("created", c.created().toString());
        o.put("edited", c.edited() == null ? null : c.edited().toString());
        return o;
    }

    /** Reads and validates a whole file; a formatVersion this version does not know gives an unsupported Read. */
    public static Read read(JsonNode body) {
        JsonFields f = JsonFields.of(body, "");
        String format = f.requiredString("format");
        if (!SpaceFile.FORMAT.equals(format)) {
            throw f.error("format", "must be \"" + SpaceFile.FORMAT + "\" (a journey maps space export)");
        }
        int version = f.requiredInt("formatVersion");
        String sourceSpaceKey = f.optionalString("spaceKey");
        if (version != SpaceFile.FORMAT_VERSION) {
            return new Read(version, sourceSpaceKey, null);
        }
        f.rejectUnknown(TOP);
        f.requiredString("spaceKey");
        Instant exported = instant(f, "exported", false);
        String exportedBy = f.optionalString("exportedBy");
        List<Persona> personas = personas(f);
        Set<Long> personaIds = new HashSet<>();
        personas.forEach(p -> personaIds.add(p.id()));
        List<JsonNode> mapNodes = f.requiredArray("maps");
        List<ExportedMap> maps = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < mapNodes.size(); i++) {
            ExportedMap m = map("maps[" + i + "]", mapNodes.get(i), personaIds);
            Integer other = seen.putIfAbsent(m.page().title() + "\n" + m.macroKey(), i);
            if (other != null) {
                throw new InvalidInputException("maps[" + i + "].macroKey",
                        "maps[" + other + "] has the same page title and macro key");
            }
            maps.add(m);
        }
        return new Read(version, sourceSpaceKey, new SpaceFile(sourceSpaceKey, exported, exportedBy, personas, maps));
    }

    private static List<Persona> personas(JsonFields f) {
        List<JsonNode> nodes = f.requiredArray("personas");
        List<Persona> personas = new ArrayList<>();
        Map<Long, Integer> ids = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String at = "personas[" + i + "]";
            JsonNode node = nodes.get(i);
            JsonFields p = JsonFields.of(node, at);
            long id = p.requiredLong("id");
            Integer other = ids.putIfAbsent(id, i);
            if (other != null) {
                throw p.error("id", "personas[" + other + "] has the same id");
            }
            Persona valid = under(at, () -> PersonaService.validate(p.optionalString("spaceKey"),
                    PersonaJson.parseDraft(node)));
            personas.add(new Persona(id, valid.spaceKey(), valid.name(), valid.colour(), valid.photoUrl(),
                    valid.age(), valid.jobTitle(), valid.familyStatus(), valid.incomeBand(), valid.gender(),
                    valid.professionalGoals(), valid.personalGoals(), valid.purchaseMotivations(),
                    valid.keyInfluencers(), valid.quote(), valid.notes()));
        }
        return personas;
    }

    private static ExportedMap map(String at, JsonNode node, Set<Long> personaIds) {
        JsonFields m = JsonFields.of(node, at);
        m.rejectUnknown(MAP);
        JsonFields page = m.requiredObject("page");
        page.rejectUnknown(Set.of("id", "title"));
        Long pageId = page.optionalLong("id");
        String title = limited(page, "title", page.requiredString("title"), Limits.NAME);
        if (title.isBlank()) {
            throw page.error("title", "must not be blank");
        }
        String macroKey = limited(m, "macroKey", m.requiredString("macroKey"), Limits.NAME);
        JourneyMap map = snapshot(m.pathOf("map"), m.requiredObject("map").node());
        for (int k = 0; k < map.personaIds().size(); k++) {
            if (!personaIds.contains(map.personaIds().get(k))) {
                throw new InvalidInputException(m.pathOf("map") + ".personaIds[" + k + "]",
                        "is not the id of a persona in the file's personas");
            }
        }
        List<RevisionSnapshot> revisions = new ArrayList<>();
        List<JsonNode> revisionNodes = m.has("revisions") ? m.requiredArray("revisions") : List.of();
        long previous = 0;
        for (int j = 0; j < revisionNodes.size(); j++) {
            RevisionSnapshot r = revision(m.pathOf("revisions") + "[" + j + "]", revisionNodes.get(j));
            if (r.revision().version() <= previous) {
                throw new InvalidInputException(m.pathOf("revisions") + "[" + j + "].version",
                        "must be greater than the version of the revision before it (" + previous + ")");
            }
            previous = r.revision().version();
            revisions.add(r);
        }
        List<Thread> threads = new ArrayList<>();
        List<JsonNode> threadNodes = m.has("comments") ? m.requiredArray("comments") : List.of();
        for (int j = 0; j < threadNodes.size(); j++) {
            threads.add(thread(m.pathOf("comments") + "[" + j + "]", threadNodes.get(j)));
        }
        return new ExportedMap(new PageInfo(pageId == null ? 0L : pageId, title), macroKey, map, revisions, threads);
    }

    /** A map snapshot, read by the map codec and held to the product limits. */
    private static JourneyMap snapshot(String at, JsonNode node) {
        JourneyMap map = under(at, () -> MapSnapshotJson.fromJson(node));
        MapLimits.check(at, map);
        return map;
    }

    private static RevisionSnapshot revision(String at, JsonNode node) {
        JsonFields r = JsonFields.of(node, at);
        r.rejectUnknown(REVISION);
        long version = r.requiredLong("version");
        if (version < 1) {
            throw r.error("version", "must be 1 or more");
        }
        RevisionKind kind = r.optionalEnum("kind", RevisionKind.class);
        String author = limited(r, "author", r.optionalString("author"), Limits.NAME);
        Instant created = instant(r, "created", true);
        String summary = limited(r, "summary", r.optionalString("summary"), SUMMARY);
        JourneyMap snapshot = snapshot(r.pathOf("snapshot"), r.requiredObject("snapshot").node());
        // Stored as the codec writes it (normalised); persona ids are remapped by the importer.
        return new RevisionSnapshot(new Revision(snapshot.id(), version, author, created, summary, kind),
                MapSnapshotJson.write(snapshot));
    }

    private static Thread thread(String at, JsonNode node) {
        JsonFields t = JsonFields.of(node, at);
        t.rejectUnknown(THREAD);
        JsonFields a = t.requiredObject("anchor");
        a.rejectUnknown(Set.of("type", "id"));
        Anchor.Type type = a.requiredEnum("type", Anchor.Type.class);
        String elementId = type == Anchor.Type.MAP ? null : limited(a, "id", a.requiredString("id"), Limits.NAME);
        Anchor anchor = new Anchor(type, elementId);
        Boolean resolved = t.optionalBoolean("resolved");
        Comment root = comment(t, anchor, null, resolved != null && resolved);
        List<Comment> replies = new ArrayList<>();
        List<JsonNode> replyNodes = t.has("replies") ? t.requiredArray("replies") : List.of();
        for (int k = 0; k < replyNodes.size(); k++) {
            JsonFields r = JsonFields.of(replyNodes.get(k), t.pathOf("replies") + "[" + k + "]");
            r.rejectUnknown(REPLY);
            replies.add(comment(r, anchor, root.id(), false));
        }
        return new Thread(root, replies);
    }

    /** A comment with the file's id (0 when absent) and map id 0: the importer gives both. */
    private static Comment comment(JsonFields c, Anchor anchor, Long parentId, boolean resolved) {
        Long id = c.optionalLong("id");
        String author = limited(c, "author", c.requiredString("author"), Limits.NAME);
        String body = under(c.pathOf("body"), () -> CommentService.validBody(c.requiredString("body")));
        return new Comment(id == null ? 0L : id, 0L, anchor, parentId, author, body, instant(c, "created", true),
                instant(c, "edited", false), resolved);
    }

    private static String limited(JsonFields f, String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw f.error(field, "must have at most " + max + " characters");
        }
        return value;
    }

    private static Instant instant(JsonFields f, String field, boolean required) {
        String s = required ? f.requiredString(field) : f.optionalString(field);
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw f.error(field, "must be an ISO-8601 instant such as 2026-03-01T10:15:30Z");
        }
    }

    /**
     * Runs a reader whose errors name paths inside one part of the file (a persona body, a map
     * snapshot, a comment body) and puts that part's path in front of them.
     */
    static <T> T under(String prefix, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            List<FieldError> errors = e.errors().stream()
                    .map(fe -> new FieldError(join(prefix, fe.field()), fe.reason())).toList();
            throw new InvalidInputException(errors);
        }
    }

    private static String join(String prefix, String field) {
        if (field == null || field.isEmpty() || field.equals("body") || field.equals(prefix)) {
            return prefix;
        }
        if (field.startsWith(prefix + ".") || field.startsWith(prefix + "[")) {
            return field;
        }
        return field.startsWith("[") ? prefix + field : prefix + "." + field;
    }
}
