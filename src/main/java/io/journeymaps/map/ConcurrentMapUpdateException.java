package io.journeymaps.map;

/** Another writer committed a batch for the same map first; the caller reloads and tries again. */
public class ConcurrentMapUpdateException extends RuntimeException {
    public ConcurrentMapUpdateException(long mapId, long expectedVersion) {
        super("map " + mapId + " is no longer at version " + expectedVersion);
    }
}
