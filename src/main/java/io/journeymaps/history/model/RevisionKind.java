package io.journeymaps.history.model;

/**
 * How a revision came about. Only {@link #EDIT} revisions take in later edits of the same session;
 * the others always stand on their own.
 */
public enum RevisionKind {
    /** The map's first version (new map, or a copied page's own map). */
    CREATE,
    /** Edits in the editor, Jira link changes; coalesced per editing session. */
    EDIT,
    /** An older revision made current again. */
    RESTORE,
    /** Content replaced by an import. */
    IMPORT,
    /** Content replaced by a template. */
    TEMPLATE;

    /** The kind stored in a row; rows written before kinds existed read as EDIT. */
    public static RevisionKind parse(String stored) {
        if (stored != null) {
            for (RevisionKind k : values()) {
                if (k.name().equals(stored)) {
                    return k;
                }
            }
        }
        return EDIT;
    }
}
