package io.journeymaps.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.journeymaps.standalone.HostConfig;

/**
 * The host's tables on PostgreSQL. Runs only with {@code -Dpg.url=jdbc:postgresql://127.0.0.1:PORT/DB}
 * (plus {@code -Dpg.user}, {@code -Dpg.password}); uses a fresh schema per run.
 */
class SiteStorePostgresTest {
    @TempDir
    Path folder;

    @Test
    void site_seedsOnce_andCreatesPagesOnPostgres() {
        String url = System.getProperty("pg.url");
        assumeTrue(url != null && !url.isBlank(), "set -Dpg.url to run against PostgreSQL");
        String schema = "standalone_test_" + Long.toString(System.nanoTime(), 36);
        HostConfig config = new HostConfig(0, HostConfig.BIND_ADDRESS, folder, url,
                System.getProperty("pg.user", "postgres"), System.getProperty("pg.password", ""), schema,
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
