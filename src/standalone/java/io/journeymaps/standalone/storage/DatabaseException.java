package io.journeymaps.standalone.storage;

import java.sql.SQLException;

/** An SQL failure of the standalone database; the cause carries the SQLState. */
public final class DatabaseException extends RuntimeException {
    public DatabaseException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
