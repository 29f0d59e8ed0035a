package io.journeymaps.standalone.site;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Spaces, grants and pages of the demo site, in the STANDALONE_* tables, with plain JDBC. */
public final class SiteStore {
    private static final String PAGE_COLUMNS = "ID, SPACE_KEY, TITLE, BODY, STATUS, CREATOR";

    private final ConnectionSource connections;

    public SiteStore(ConnectionSource connections) {
        this.connections = connections;
    }

    public List<Space> spaces() {
        return query("SELECT SPACE_KEY, NAME, DESCRIPTION, ANONYMOUS_GRANT FROM STANDALONE_SPACE ORDER BY NAME",
                List.of(), SiteStore::toSpace);
    }

    public Optional<Space> space(String key) {
        return query("SELECT SPACE_KEY, NAME, DESCRIPTION, ANONYMOUS_GRANT FROM STANDALONE_SPACE WHERE SPACE_KEY = ?",
                List.of(key), SiteStore::toSpace).stream().findFirst();
    }

    /** The user's own grant in the space (anonymous grants are on the space). */
    public Grant grant(String spaceKey, String userName) {
        return query("SELECT GRANT_LEVEL FROM STANDALONE_GRANT WHERE SPACE_KEY = ? AND USER_NAME = ?",
                List.of(spaceKey, userName), rs -> Grant.valueOf(rs.getString(1)))
                .stream().findFirst().orElse(Grant.NONE);
    }

    public void setGrant(String spaceKey, String userName, Grant grant) {
        update("DELETE FROM STANDALONE_GRANT WHERE SPACE_KEY = ? AND USER_NAME = ?", List.of(spaceKey, userName));
        if (grant != Grant.NONE) {
            update("INSERT INTO STANDALONE_GRANT (SPACE_KEY, USER_NAME, GRANT_LEVEL) VALUES (?, ?, ?)",
                    List.of(spaceKey, userName, grant.name()));
        }
    }

    public void setAnonymousGrant(String spaceKey, Grant grant) {
        update("UPDATE STANDALONE_SPACE SET ANONYMOUS_GRANT = ? WHERE SPACE_KEY = ?", List.of(grant.name(), spaceKey));
    }

    /** The page whatever its status. */
    public Optional<SitePage> page(long id) {
        return query("SELECT " + PAGE_COLUMNS + " FROM STANDALONE_PAGE WHERE ID = ?", List.of(id), SiteStore::toPage)
                .stream().findFirst();
    }

    public List<SitePage> currentPages(String spaceKey) {
        return query("SELECT " + PAGE_COLUMNS + " FROM STANDALONE_PAGE WHERE SPACE_KEY = ? AND STATUS = ? ORDER BY TITLE",
                List.of(spaceKey, SitePage.Status.CURRENT.name()), SiteStore::toPage);
    }

    /** The space's trash, by title. */
    public List<SitePage> trashedPages(String spaceKey) {
        return query("SELECT " + PAGE_COLUMNS + " FROM STANDALONE_PAGE WHERE SPACE_KEY = ? AND STATUS = ? ORDER BY TITLE",
                List.of(spaceKey, SitePage.Status.TRASHED.name()), SiteStore::toPage);
    }

    public boolean currentTitleExists(String spaceKey, String title) {
        return !query("SELECT ID FROM STANDALONE_PAGE WHERE SPACE_KEY = ? AND STATUS = ? AND TITLE = ?",
                List.of(spaceKey, SitePage.Status.CURRENT.name(), title), rs -> rs.getLong(1)).isEmpty();
    }

    public Optional<SitePage> currentPageByTitle(String spaceKey, String title) {
        return query("SELECT " + PAGE_COLUMNS + " FROM STANDALONE_PAGE WHERE SPACE_KEY = ? AND STATUS = ? AND TITLE = ?",
                List.of(spaceKey, SitePage.Status.CURRENT.name(), title), SiteStore::toPage).stream().findFirst();
    }

    public long createPage(String spaceKey, String title, String body, String creator) {
        try (Connection connection = connections.open()) {
            return insertPage(connection, spaceKey, title, body, creator);
        } catch (SQLException e) {
            throw new SiteStoreException("could not create page '" + title + "'", e);
        }
    }

    public void trashPage(long id) {
        update("UPDATE STANDALONE_PAGE SET STATUS = ? WHERE ID = ?", List.of(SitePage.Status.TRASHED.name(), id));
    }

    /** Makes a trashed page current again under this title (another page may have taken the old one). */
    public void restorePage(long id, String title) {
        update("UPDATE STANDALONE_PAGE SET STATUS = ?, TITLE = ? WHERE ID = ? AND STATUS = ?",
                List.of(SitePage.Status.CURRENT.name(), title, id, SitePage.Status.TRASHED.name()));
    }

    /** Removes a trashed page for good. */
    public void purgePage(long id) {
        update("DELETE FROM STANDALONE_PAGE WHERE ID = ? AND STATUS = ?", List.of(id, SitePage.Status.TRASHED.name()));
    }

    /**
     * Seeds the demo content once, in one transaction. Several hosts may share a PostgreSQL
     * database: the one that loses the race on the first space's key just skips seeding.
     *
     * @return whether this call seeded the site
     */
    public boolean seedIfEmpty(DemoContent content) {
        try (Connection connection = connections.open()) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM STANDALONE_SPACE")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return false;
                }
            }
            connection.setAutoCommit(false);
            try {
                for (DemoContent.SpaceSeed seed : content.spaces()) {
                    insertSpace(connection, seed);
                }
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                if (isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new SiteStoreException("could not seed the demo site", e);
        }
    }

    private void insertSpace(Connection connection, DemoContent.SpaceSeed seed) throws SQLException {
        Space space = seed.space();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO STANDALONE_SPACE (SPACE_KEY, NAME, DESCRIPTION, ANONYMOUS_GRANT) VALUES (?, ?, ?, ?)")) {
            bind(insert, List.of(space.key(), space.name(), space.description(), space.anonymousGrant().name()));
            insert.executeUpdate();
        }
        for (var grant : seed.grants().entrySet()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO STANDALONE_GRANT (SPACE_KEY, USER_NAME, GRANT_LEVEL) VALUES (?, ?, ?)")) {
                bind(insert, List.of(space.key(), grant.getKey(), grant.getValue().name()));
                insert.executeUpdate();
            }
        }
        for (DemoContent.PageSeed page : seed.pages()) {
            insertPage(connection, space.key(), page.title(), page.body(), page.creator());
        }
    }

    private static long insertPage(Connection connection, String spaceKey, String title, String body, String creator)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO STANDALONE_PAGE (SPACE_KEY, TITLE, BODY, STATUS, CREATOR) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, java.util.Arrays.asList(spaceKey, title, body, SitePage.Status.CURRENT.name(), creator));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private <T> List<T> query(String sql, List<Object> parameters, RowMapper<T> mapper) {
        try (Connection connection = connections.open(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new SiteStoreException("query failed: " + sql, e);
        }
    }

    private void update(String sql, List<Object> parameters) {
        try (Connection connection = connections.open(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new SiteStoreException("update failed: " + sql, e);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value == null) {
                statement.setNull(i + 1, java.sql.Types.VARCHAR);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static Space toSpace(ResultSet rs) throws SQLException {
        return new Space(rs.getString(1), rs.getString(2), rs.getString(3), Grant.valueOf(rs.getString(4)));
    }

    private static SitePage toPage(ResultSet rs) throws SQLException {
        return new SitePage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                SitePage.Status.valueOf(rs.getString(5)), rs.getString(6));
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
