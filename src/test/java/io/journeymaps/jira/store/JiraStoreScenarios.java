package io.journeymaps.jira.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.journeymaps.testsupport.db.PluginSchema;
import io.journeymaps.host.UserRef;
import io.journeymaps.jira.JiraTestMaps;
import io.journeymaps.jira.PendingCreate;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JiraLinkState;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.StatusCategory;
import io.journeymaps.map.store.AoMapStore;
import io.journeymaps.standalone.storage.EntityManagerAoDatabase;
import io.journeymaps.storage.AoDatabase;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

/** Pending creates and the Jira link state column on a real database; one subclass per database. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(JiraStoreScenarios.Schema.class)
public abstract class JiraStoreScenarios {
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final Instant T = Instant.parse("2026-01-02T03:04:05.678Z");

    private EntityManager entityManager;   // injected by the runner
    private AoDatabase db;
    private AoPendingCreates pending;
    private AoMapStore maps;

    public static final class Schema extends PluginSchema {
    }

    @Before
    public void setUp() {
        db = new EntityManagerAoDatabase(entityManager);
        pending = new AoPendingCreates(db);
        maps = new AoMapStore(db);
    }

    @Test
    public void addFindRemove_roundTripEveryField() {
        PendingCreate p = new PendingCreate(7, "card-1", "jira", "jm0123456789abcdef", "SHOP", T);

        assertTrue(pending.add(p));

        assertEquals(Optional.of(p), pending.find(7, "card-1", "jira"));
        assertEquals(Optional.empty(), pending.find(7, "card-1", "other-server"));
        assertEquals(List.of(p), pending.ofMap(7));
        pending.remove(7, "card-1", "jira");
        assertEquals(Optional.empty(), pending.find(7, "card-1", "jira"));
        assertEquals(List.of(), pending.ofMap(7));
    }

    /** Committed for real: the unique key must refuse the second row in the database, not in a test transaction. */
    @Test
    @NonTransactional
    public void add_refusesASecondPendingCreateForTheSameCardAndServer() {
        long mapId = 8_000 + System.nanoTime() % 1_000_000;
        try {
            assertTrue(pending.add(new PendingCreate(mapId, "card-1", "jira", "jmaaaaaaaaaaaaaaaa", "SHOP", T)));

            assertFalse(pending.add(new PendingCreate(mapId, "card-1", "jira", "jmbbbbbbbbbbbbbbbb", "SHOP", T)));

            assertEquals("jmaaaaaaaaaaaaaaaa", pending.find(mapId, "card-1", "jira").orElseThrow().marker());
            assertTrue(pending.add(new PendingCreate(mapId, "card-2", "jira", "jmcccccccccccccccc", "SHOP", T)));
            assertEquals(2, pending.ofMap(mapId).size());
        } finally {
            pending.remove(mapId, "card-1", "jira");
            pending.remove(mapId, "card-2", "jira");
        }
    }

    @Test
    public void linkState_andPendingLinkWithoutKey_roundTrip() {
        JourneyMap map = maps.insert(JiraTestMaps.small(100), ALICE);
        List<JiraLink> links = List.of(
                new JiraLink("p1", "jira", null, "Search finds nothing", null, null, null, null, JiraLinkState.PENDING),
                new JiraLink("p2", "jira", "SHOP-2", "Checkout", "Open", StatusCategory.NEW, "Bob", T, JiraLinkState.NOT_FOUND));

        JourneyMap saved = maps.saveBatch(map, map.withJiraLinks(links), Set.of("card:p1:jiraLinks"), ALICE);

        JourneyMap loaded = maps.load(map.id()).orElseThrow();
        assertEquals(saved.jiraLinks(), loaded.jiraLinks());
        assertEquals(JiraLinkState.PENDING, loaded.jiraLinksOf("p1").get(0).state());
        assertEquals(JiraLinkState.NOT_FOUND, loaded.jiraLinksOf("p2").get(0).state());
    }

    @Test
    public void saveJiraLinkCache_writesTheCachedFields_withoutANewVersion() {
        JourneyMap map = maps.insert(JiraTestMaps.small(101).withJiraLinks(List.of(
                new JiraLink("p2", "jira", "SHOP-2", "Checkout", "Open", StatusCategory.NEW, null, T))), ALICE);
        JiraLink fresh = new JiraLink("p2", "jira", "SHOP-2", "Checkout fails", "Done", StatusCategory.DONE, "Carol",
                T.plusSeconds(60), JiraLinkState.OK);

        maps.saveJiraLinkCache(map, List.of(fresh));

        JourneyMap loaded = maps.load(map.id()).orElseThrow();
        assertEquals(List.of(fresh), loaded.jiraLinks());
        assertEquals(map.version(), loaded.version());
    }
}
