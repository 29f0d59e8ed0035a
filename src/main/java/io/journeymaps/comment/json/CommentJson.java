package io.journeymaps.comment.json;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.journeymaps.comment.CommentThread;
import io.journeymaps.comment.MapComments;
import io.journeymaps.comment.model.Anchor;
import io.journeymaps.comment.model.Comment;
import io.journeymaps.common.json.Json;
import io.journeymaps.common.json.JsonFields;

/**
 * Comments as the REST API writes and reads them. Bodies are plain text, written as JSON strings:
 * whoever shows them escapes them. The MAP anchor has a null id. {@code authorName} is the author's
 * display name as the host knows it now (null for users it no longer knows).
 */
public final class CommentJson {
    private CommentJson() {
    }

    /** {@code {anchor: {type, id}, body}}: a new thread. */
    public record NewThread(Anchor anchor, String body) {
    }

    public static NewThread parseNewThread(JsonNode body) {
        JsonFields f = JsonFields.of(body, "");
        f.rejectUnknown(Set.of("anchor", "body"));
        JsonFields a = f.requiredObject("anchor");
        a.rejectUnknown(Set.of("type", "id"));
        Anchor.Type type = a.requiredEnum("type", Anchor.Type.class);
        String id = type == Anchor.Type.MAP ? null : a.requiredString("id");
        return new NewThread(new Anchor(type, id), f.requiredString("body"));
    }

    /** {@code {body}}: a reply or an edit. */
    public static String parseBody(JsonNode body) {
        JsonFields f = JsonFields.of(body, "");
        f.rejectUnknown(Set.of("body"));
        return f.requiredString("body");
    }

    /** Author key to display name (null when unknown). */
    public interface AuthorNames extends Function<String, String> {
        AuthorNames NONE = key -> null;
    }

    public static ObjectNode toJson(MapComments comments, AuthorNames names) {
        ObjectNode o = Json.object();
        o.put("mapId", comments.mapId());
        o.put("canComment", comments.canComment());
        o.put("canModerate", comments.canModerate());
        o.put("currentUser", comments.currentUser());
        ArrayNode threads = o.putArray("threads");
        comments.threads().forEach(t -> threads.add(toJson(t, names)));
        o.set("counts", counts(comments));
        return o;
    }

    public static ObjectNode toJson(CommentThread thread, AuthorNames names) {
        ObjectNode o = toJson(thread.root(), names);
        o.put("anchorRemoved", thread.anchorRemoved());
        ArrayNode replies = o.putArray("replies");
        thread.replies().forEach(r -> replies.add(toJson(r, names)));
        return o;
    }

    public static ObjectNode toJson(Comment c, AuthorNames names) {
        ObjectNode o = Json.object();
        o.put("id", c.id());
        o.put("mapId", c.mapId());
        o.set("anchor", anchor(c.anchor()));
        if (c.parentId() == null) {
            o.putNull("parentId");
        } else {
            o.put("parentId", c.parentId());
        }
        o.put("author", c.author());
        o.put("authorName", names.apply(c.author()));
        o.put("body", c.body());
        o.put("created", time(c.created()));
        o.put("edited", time(c.edited()));
        o.put("resolved", c.resolved());
        return o;
    }

    /** Per anchor: threads, open threads and comments (roots and replies), for the badges. */
    private static ArrayNode counts(MapComments comments) {
        Map<Anchor, int[]> byAnchor = new LinkedHashMap<>();
        for (CommentThread t : comments.threads()) {
            int[] n = byAnchor.computeIfAbsent(t.root().anchor(), k -> new int[3]);
            n[0]++;
            n[1] += t.resolved() ? 0 : 1;
            n[2] += t.size();
        }
        ArrayNode a = Json.array();
        byAnchor.forEach((anchor, n) -> {
            ObjectNode c = anchor(anchor);
            c.put("threads", n[0]).put("open", n[1]).put("comments", n[2]);
            a.add(c);
        });
        return a;
    }

    private static ObjectNode anchor(Anchor anchor) {
        ObjectNode o = Json.object();
        o.put("type", anchor.type().name());
        o.put("id", anchor.elementId());
        return o;
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
