package io.journeymaps.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.journeymaps.standalone.HostConfig;
import io.journeymaps.testsupport.db.PostgresAvailable;
import io.journeymaps.testsupport.db.PostgresCluster;

/** The host's tables on the tests' private PostgreSQL cluster, in a fresh schema per run. */
class SiteStorePostgresTest {
    @TempDir
    Path folder;

    @Test
    void site_seedsOnce_andCreatesPagesOnPostgres() {
        PostgresAvailable.assumeRunning();
        PostgresCluster pg = PostgresCluster.get();
        String schema = "standalone_test_" + Long.toString(System.nanoTime(), 36);
        HostConfig config = new HostConfig(0, HostConfig.BIND_ADDRESS, folder, pg.jdbcUrl(),
                PostgresCluster.USER, PostgresCluster.PASSWORD, schema,
                folder, Optional.empty());

        StandaloneSite first = StandaloneSite.open(config);
        StandaloneSite second = StandaloneSite.open(config);

        assertTrue(first.seeded());
        assertFalse(second.seeded());
        int before = first.actions().visiblePages(DemoUsers.ALICE.ref()).size();
        SitePage page = first.actions().create(DemoUsers.ALICE.ref(), "DEMO", "سفر مشتری", "buying-a-car", "fa");
        assertTrue(page.id() >= 65537);
        assertEquals("سفر مشتری", second.store().page(page.id()).orElseThrow().title());
        assertEquals(before + 1, second.actions().visiblePages(DemoUsers.ALICE.ref()).size());
        assertTrue(second.permissions().canEditPage(DemoUsers.ALICE.ref(), page.id()));
        assertFalse(second.permissions().canViewPage(DemoUsers.CAROL.ref(), page.id()));
    }
}
