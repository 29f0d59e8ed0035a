package io.journeymaps.standalone.site;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Opens JDBC connections to the host's database, in the configured schema. */
public final class ConnectionSource {
    private final String url;
    private final String user;
    private final String password;
    private final String schema;

    public ConnectionSource(String url, String user, String password, String schema) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    public Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        try {
            if (schema != null && !schema.isBlank()) {
                connection.setSchema(schema);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** A connection in the database's default schema (to create the configured one first). */
    public Connection openDefault() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    public String url() {
        return url;
    }

    public String schema() {
        return schema;
    }
}
