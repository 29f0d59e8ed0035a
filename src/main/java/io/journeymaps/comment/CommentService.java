package io.journeymaps.comment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.comment.model.Anchor;
import io.journeymaps.comment.model.Comment;
import io.journeymaps.common.ForbiddenException;
import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.NotFoundException;
import io.journeymaps.host.AccessGuard;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.MapService;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.MapHeader;

/**
 * Comment threads on maps. Whoever may view the owner page may read them; signed-in viewers may
 * comment, reply, resolve and reopen; authors edit and delete their own comments, page editors may
 * delete any. Whatever sits on a page the user cannot see answers 404, like a missing thing.
 */
@Named
public class CommentService {
    /** Plain text, counted in characters (code points) as the user sees them. */
    public static final int MAX_BODY = 4_000;

    private final CommentRepository comments;
    private final MapService maps;
    private final AccessGuard guard;
    private final Clock clock;

    @Inject
    public CommentService(CommentRepository comments, MapService maps, AccessGuard guard) {
        this(comments, maps, guard, Clock.systemUTC());
    }

    CommentService(CommentRepository comments, MapService maps, AccessGuard guard, Clock clock) {
        this.comments = comments;
        this.maps = maps;
        this.guard = guard;
        this.clock = clock;
    }

    public MapComments threads(long mapId) {
        JourneyMap map = maps.find(mapId).orElseThrow(() -> mapNotFound(mapId));
        viewable(mapId, map.header().pageId());
        Map<Long, Comment> roots = new LinkedHashMap<>();
        Map<Long, List<Comment>> replies = new LinkedHashMap<>();
        for (Comment c : comments.ofMap(mapId)) {
            if (c.parentId() == null) {
                roots.put(c.id(), c);
            } else {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<CommentThread> threads = roots.values().stream()
                .map(root -> new CommentThread(root, replies.getOrDefault(root.id(), List.of()),
                        !anchorExists(map, root.anchor())))
                .toList();
        UserRef user = guard.user();
        return new MapComments(mapId, threads, user != null, user != null && guard.canEditPage(map.header().pageId()),
                user == null ? null : user.key());
    }

    /** Starts a thread; the anchored stage, step or card must exist in the map now. */
    public CommentThread startThread(long mapId, Anchor anchor, String body) {
        JourneyMap map = maps.find(mapId).orElseThrow(() -> mapNotFound(mapId));
        viewable(mapId, map.header().pageId());
        UserRef user = guard.signedIn();
        Objects.requireNonNull(anchor, "anchor");
        String text = validBody(body);
        Anchor stored = anchor.type() == Anchor.Type.MAP ? new Anchor(Anchor.Type.MAP, null) : anchor;
        if (!anchorExists(map, stored)) {
            throw new InvalidInputException("anchor.id", "no " + anchor.type().name().toLowerCase()
                    + " with this id in the map");
        }
        Comment root = comments.insert(new Comment(0, mapId, stored, null, user.key(), text, now(), null, false));
        return new CommentThread(root, List.of(), false);
    }

    /** A reply to the thread of the given comment (a reply to a reply joins the same thread). */
    public Comment reply(long commentId, String body) {
        Comment target = visibleComment(commentId);
        UserRef user = guard.signedIn();
        String text = validBody(body);
        Comment root = rootOf(target);
        return comments.insert(new Comment(0, root.mapId(), root.anchor(), root.id(), user.key(), text, now(), null,
                false));
    }

    public Comment edit(long commentId, String body) {
        Comment comment = visibleComment(commentId);
        UserRef user = guard.signedIn();
        if (!user.key().equals(comment.author())) {
            throw new ForbiddenException("you may only edit your own comments");
        }
        String text = validBody(body);
        return comments.update(new Comment(comment.id(), comment.mapId(), comment.anchor(), comment.parentId(),
                comment.author(), text, comment.created(), now(), comment.resolved()));
    }

    /** Deletes the comment; deleting a thread's root deletes the whole thread. */
    public void delete(long commentId) {
        Comment comment = visibleComment(commentId);
        UserRef user = guard.signedIn();
        if (!user.key().equals(comment.author()) && !guard.canEditPage(pageOf(comment))) {
            throw new ForbiddenException("you may only delete your own comments");
        }
        comments.deleteWithReplies(commentId);
    }

    /** Resolves the thread of the comment; returns its root. */
    public Comment resolve(long commentId) {
        return setResolved(commentId, true);
    }

    public Comment reopen(long commentId) {
        return setResolved(commentId, false);
    }

    private Comment setResolved(long commentId, boolean resolved) {
        Comment root = rootOf(visibleComment(commentId));
        guard.signedIn();
        if (root.resolved() == resolved) {
            return root;
        }
        return comments.update(new Comment(root.id(), root.mapId(), root.anchor(), null, root.author(), root.body(),
                root.created(), root.edited(), resolved));
    }

    /**
     * The map's comment change stamp (see {@link CommentRepository#changeStamp}). No permission
     * check: callers have checked that the user may view the map (the version endpoint does).
     */
    public long changeStamp(long mapId) {
        return comments.changeStamp(mapId);
    }

    /** The body as it is stored (line breaks normalised), or InvalidInputException on {@code body}. */
    public static String validBody(String body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        String text = body.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new InvalidInputException("body", "must not be blank");
        }
        if (text.codePointCount(0, text.length()) > MAX_BODY) {
            throw new InvalidInputException("body", "must be at most 4,000 characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isISOControl(ch) && ch != '\n' && ch != '\t') {
                throw new InvalidInputException("body", "must be plain text without control characters");
            }
        }
        return text;
    }

    static boolean anchorExists(JourneyMap map, Anchor anchor) {
        String id = anchor.elementId();
        return switch (anchor.type()) {
            case MAP -> true;
            case STAGE -> id != null && map.stage(id).isPresent();
            case STEP -> id != null && map.step(id).isPresent();
            case CARD -> id != null && map.card(id).isPresent();
        };
    }

    private Comment rootOf(Comment comment) {
        if (comment.parentId() == null) {
            return comment;
        }
        return comments.get(comment.parentId()).orElseThrow(() -> commentNotFound(comment.id()));
    }

    /** The comment, if its map's page is visible to the user; otherwise 404 as if it did not exist. */
    private Comment visibleComment(long commentId) {
        Comment comment = comments.get(commentId).orElseThrow(() -> commentNotFound(commentId));
        MapHeader header = maps.header(comment.mapId()).orElseThrow(() -> commentNotFound(commentId));
        try {
            guard.viewablePage(header.pageId());
        } catch (NotFoundException hidden) {
            throw commentNotFound(commentId);
        }
        return comment;
    }

    private long pageOf(Comment comment) {
        return maps.header(comment.mapId()).orElseThrow(() -> commentNotFound(comment.id())).pageId();
    }

    private void viewable(long mapId, long pageId) {
        try {
            guard.viewablePage(pageId);
        } catch (NotFoundException hidden) {
            throw mapNotFound(mapId);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static NotFoundException mapNotFound(long mapId) {
        return new NotFoundException("map " + mapId + " not found");
    }

    private static NotFoundException commentNotFound(long commentId) {
        return new NotFoundException("comment " + commentId + " not found");
    }
}
