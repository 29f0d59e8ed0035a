package io.journeymaps.comment.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.journeymaps.testsupport.db.PluginSchema;
import io.journeymaps.comment.model.Anchor;
import io.journeymaps.comment.model.Comment;
import io.journeymaps.common.NotFoundException;
import io.journeymaps.standalone.storage.EntityManagerAoDatabase;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

/** The comment store on a real database; one subclass per database picks it with @Jdbc. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(CommentStoreScenarios.Schema.class)
public abstract class CommentStoreScenarios {
    private static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123Z");

    private EntityManager entityManager;   // injected by the runner
    private AoCommentStore comments;

    public static final class Schema extends PluginSchema {
    }

    @Before
    public void setUp() {
        comments = new AoCommentStore(new EntityManagerAoDatabase(entityManager));
    }

    private Comment root(long mapId, Anchor anchor, String body) {
        return comments.insert(new Comment(0, mapId, anchor, null, "alice", body, T0, null, false));
    }

    private Comment reply(Comment root, String author, String body) {
        return comments.insert(new Comment(0, root.mapId(), root.anchor(), root.id(), author, body,
                T0.plusSeconds(60), null, false));
    }

    @Test
    public void insertAndGet_roundTripEveryField() {
        Comment root = root(11, new Anchor(Anchor.Type.CARD, "card-1"), "Line one\nline two – ünïcode");
        Comment reply = reply(root, "bob", "Agreed");

        assertTrue(root.id() > 0);
        assertEquals(new Comment(root.id(), 11, new Anchor(Anchor.Type.CARD, "card-1"), null, "alice",
                "Line one\nline two – ünïcode", T0, null, false), root);
        assertEquals(Optional.of(root), comments.get(root.id()));
        assertEquals(Optional.of(new Comment(reply.id(), 11, new Anchor(Anchor.Type.CARD, "card-1"), root.id(), "bob",
                "Agreed", T0.plusSeconds(60), null, false)), comments.get(reply.id()));
        assertEquals(Optional.empty(), comments.get(987_654));
    }

    @Test
    public void mapAnchor_keepsANullElementId() {
        Comment root = root(12, new Anchor(Anchor.Type.MAP, null), "On the whole map");

        assertEquals(new Anchor(Anchor.Type.MAP, null), comments.get(root.id()).orElseThrow().anchor());
    }

    @Test
    public void ofMap_listsOnlyThatMapsComments_oldestFirst() {
        Comment a = root(21, new Anchor(Anchor.Type.STAGE, "st"), "a");
        root(22, new Anchor(Anchor.Type.STAGE, "st"), "other map");
        Comment b = root(21, new Anchor(Anchor.Type.STEP, "s1"), "b");
        Comment ra = reply(a, "bob", "ra");

        assertEquals(List.of(a, b, ra), comments.ofMap(21));
        assertEquals(List.of(), comments.ofMap(23));
    }

    @Test
    public void update_writesBodyEditedAndResolved() {
        Comment root = root(31, new Anchor(Anchor.Type.CARD, "c"), "before");
        Comment changed = new Comment(root.id(), 31, root.anchor(), null, "alice", "after", T0,
                T0.plusSeconds(5), true);

        assertEquals(changed, comments.update(changed));
        assertEquals(Optional.of(changed), comments.get(root.id()));
    }

    @Test
    public void update_ofUnknownComment_isNotFound() {
        assertThrows(NotFoundException.class, () -> comments.update(
                new Comment(424_242, 1, new Anchor(Anchor.Type.MAP, null), null, "a", "x", T0, null, false)));
    }

    @Test
    public void deleteWithReplies_ofARoot_removesItsThreadOnly() {
        Comment gone = root(41, new Anchor(Anchor.Type.CARD, "c"), "gone");
        reply(gone, "bob", "gone too");
        reply(gone, "carol", "and this");
        Comment kept = root(41, new Anchor(Anchor.Type.CARD, "c"), "kept");
        Comment keptReply = reply(kept, "bob", "kept reply");

        comments.deleteWithReplies(gone.id());

        assertEquals(List.of(kept, keptReply), comments.ofMap(41));
    }

    @Test
    public void deleteWithReplies_ofAReply_removesThatReplyOnly() {
        Comment root = root(42, new Anchor(Anchor.Type.CARD, "c"), "root");
        Comment first = reply(root, "bob", "first");
        Comment second = reply(root, "bob", "second");

        comments.deleteWithReplies(first.id());

        assertEquals(List.of(root, second), comments.ofMap(42));
    }

    @Test
    public void deleteOfMap_removesEveryCommentOfTheMap() {
        Comment root = root(51, new Anchor(Anchor.Type.MAP, null), "x");
        reply(root, "bob", "y");
        Comment other = root(52, new Anchor(Anchor.Type.MAP, null), "z");

        comments.deleteOfMap(51);

        assertEquals(List.of(), comments.ofMap(51));
        assertEquals(List.of(other), comments.ofMap(52));
    }

    @Test
    public void openThreadCounts_countOpenThreadsPerAnchor_inOneQuery() {
        Anchor card = new Anchor(Anchor.Type.CARD, "c1");
        Anchor step = new Anchor(Anchor.Type.STEP, "s1");
        Anchor map = new Anchor(Anchor.Type.MAP, null);
        Comment first = root(61, card, "one");
        reply(first, "bob", "a reply is not a thread");
        root(61, card, "two");
        Comment resolved = root(61, step, "done");
        comments.update(new Comment(resolved.id(), 61, step, null, "alice", "done", T0, null, true));
        root(61, step, "still open");
        root(61, map, "on the map");
        root(62, card, "other map");

        List<String> sql = Collections.synchronizedList(new ArrayList<>());
        DatabaseProvider.SqlListener listener = s -> sql.add(s);
        entityManager.getProvider().addSqlListener(listener);
        Map<Anchor, Integer> counts;
        try {
            counts = comments.openThreadCounts(61);
        } finally {
            entityManager.getProvider().removeSqlListener(listener);
        }

        assertEquals(Map.of(card, 2, step, 1, map, 1), counts);
        assertEquals(sql.toString(), 1, sql.size());
        assertEquals(Map.of(), comments.openThreadCounts(63));
    }

    @Test
    public void changeStamp_growsWithEveryChange_andOnlyForThatMap() {
        long before = comments.changeStamp(41);
        Comment a = root(41, new Anchor(Anchor.Type.MAP, null), "a");
        long afterInsert = comments.changeStamp(41);
        Comment r = reply(a, "bob", "r");
        comments.update(new Comment(a.id(), 41, a.anchor(), null, "alice", "a", T0, null, true));
        long afterResolve = comments.changeStamp(41);
        comments.update(new Comment(a.id(), 41, a.anchor(), null, "alice", "a", T0, null, false));
        long afterReopen = comments.changeStamp(41);
        comments.deleteWithReplies(r.id());
        long afterDelete = comments.changeStamp(41);
        root(42, new Anchor(Anchor.Type.MAP, null), "other map");

        assertEquals(0, before);
        assertTrue(afterInsert > before);
        assertTrue(afterResolve > afterInsert + 1);
        assertTrue(afterReopen > afterResolve);
        assertTrue(afterDelete > afterReopen);
        assertEquals(afterDelete, comments.changeStamp(41));
        assertEquals(1, comments.changeStamp(42));
    }

    @Test
    public void deleteOfMap_resetsTheStampWithTheComments() {
        root(43, new Anchor(Anchor.Type.MAP, null), "a");

        comments.deleteOfMap(43);

        assertEquals(0, comments.changeStamp(43));
        assertEquals(List.of(), comments.ofMap(43));
    }
}
