package io.journeymaps.storage;

import java.sql.SQLException;

/** Reads what kind of database error lies under a host's exception wrapper. */
public final class SqlErrors {
    private SqlErrors() {
    }

    /**
     * True when the failure means "another transaction got there first": a unique or other
     * integrity violation (SQLSTATE class 23), a serialization failure or deadlock (class 40), or a
     * lock wait that timed out (HYT00, H2). All of them leave the database unchanged by us.
     */
    public static boolean isWriteConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && (state.startsWith("23") || state.startsWith("40") || state.equals("HYT00"))) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * True when the failure is a unique (or primary key) violation: SQLSTATE 23505 on PostgreSQL, H2
     * and HSQLDB; 23000 with the vendor's duplicate-key code on MySQL (1062), Oracle (1) and
     * SQL Server (2601, 2627).
     */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    int code = e.getErrorCode();
                    if ("23505".equals(state)
                            || "23000".equals(state) && (code == 1062 || code == 1 || code == 2601 || code == 2627)) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
