package io.journeymaps.map;

/**
 * Told about every version of a map that gets stored, inside the transaction (and the map's write
 * lock) that stores it, so that what it records commits or rolls back with the version. History
 * implements it to keep revisions; the map package does not know about history.
 */
public interface MapVersionListener {
    /** Listens to nothing (tests and tools that need no history). */
    MapVersionListener NONE = stored -> { };

    void versionStored(StoredVersion stored);

    /** The map was deleted for good, in the same transaction; what was recorded about it may go too. */
    default void mapDeleted(long mapId) {
    }
}
