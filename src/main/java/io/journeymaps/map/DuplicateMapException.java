package io.journeymaps.map;

/**
 * The page already has a map with this macro key: the database's unique (page, macro key) refused a
 * second one, typically because another request or cluster node inserted it at the same moment. The
 * failed statement may have spoiled the caller's transaction (PostgreSQL aborts it), so callers let
 * that transaction roll back and look the winner up in a fresh one.
 */
public class DuplicateMapException extends RuntimeException {
    private final long pageId;
    private final String macroKey;

    public DuplicateMapException(long pageId, String macroKey, Throwable cause) {
        super("page " + pageId + " already has a map with macro key \"" + macroKey + "\"", cause);
        this.pageId = pageId;
        this.macroKey = macroKey;
    }

    public long pageId() {
        return pageId;
    }

    public String macroKey() {
        return macroKey;
    }
}
