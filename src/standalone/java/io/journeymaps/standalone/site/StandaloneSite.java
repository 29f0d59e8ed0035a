package io.journeymaps.standalone.site;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;

import io.journeymaps.host.CurrentUser;
import io.journeymaps.host.Pages;
import io.journeymaps.host.Permissions;
import io.journeymaps.host.UserDirectory;
import io.journeymaps.standalone.HostConfig;

/**
 * The demo site and the host ports the plugin needs from it ({@link CurrentUser},
 * {@link Permissions}, {@link Pages}). Open it before building the plugin's components, hand it
 * to the server, close it last.
 */
public final class StandaloneSite implements AutoCloseable {
    private final ConnectionSource connections;
    private final SiteStore store;
    private final RequestUser currentUser = new RequestUser();
    private final SitePermissions permissions;
    private final SitePages pages;
    private final PageEvents events = new PageEvents();
    private final PageActions actions;
    private final AtomicReference<String> baseUrl;
    private final boolean seeded;

    private StandaloneSite(ConnectionSource connections, String initialBaseUrl) {
        this.connections = connections;
        this.store = new SiteStore(connections);
        this.permissions = new SitePermissions(store);
        this.baseUrl = new AtomicReference<>(initialBaseUrl);
        this.pages = new SitePages(store, baseUrl::get);
        this.actions = new PageActions(store, permissions, events);
        SiteSchema.create(connections);
        this.seeded = store.seedIfEmpty(new DemoContent());
    }

    /** Creates the host tables when absent and seeds the demo content on first start. */
    public static StandaloneSite open(HostConfig config) {
        ConnectionSource connections = new ConnectionSource(config.jdbcUrl(), config.jdbcUser(),
                config.jdbcPassword(), config.jdbcSchema());
        return new StandaloneSite(connections, "http://" + config.bindAddress() + ":" + config.port());
    }

    public RequestUser currentUser() {
        return currentUser;
    }

    public SitePermissions permissions() {
        return permissions;
    }

    public UserDirectory users() {
        return new DemoUserDirectory();
    }

    public SitePages pages() {
        return pages;
    }

    public PageActions actions() {
        return actions;
    }

    /** Where the plugin listens to page copies, trashing, restores and purges. */
    public PageEvents events() {
        return events;
    }

    public SiteStore store() {
        return store;
    }

    /** Whether opening the site seeded the demo content (a fresh database). */
    public boolean seeded() {
        return seeded;
    }

    public String baseUrl() {
        return baseUrl.get();
    }

    /** Called by the server once it knows its port. */
    public void publishedAt(String url) {
        baseUrl.set(url);
    }

    /** Closes an embedded H2 database (kept open by DB_CLOSE_DELAY=-1) so its file is complete. */
    @Override
    public void close() {
        if (!connections.url().startsWith("jdbc:h2:") || connections.url().startsWith("jdbc:h2:mem:")) {
            return;
        }
        try (Connection connection = connections.openDefault(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new SiteStoreException("could not close the H2 database", e);
        }
    }
}
