package io.journeymaps.map;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.journeymaps.host.UserRef;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.MapHeader;

/**
 * Where maps are kept (implemented over Active Objects by {@code map.store.AoMapStore}). Every
 * method is one transaction unless the caller already runs one through {@code AoDatabase.inTransaction}.
 */
public interface MapRepository {

    /** The whole map, in a fixed number of queries whatever its size. */
    Optional<JourneyMap> load(long mapId);

    /** The current version only: a cheap check for pollers. */
    Optional<Long> version(long mapId);

    /** The map's own fields (owner page, version…) without its elements: one query. */
    Optional<MapHeader> header(long mapId);

    /**
     * Stores a new map with all its elements at version 1 and returns it with its new id.
     * The {@code id} and {@code version} of the argument are ignored.
     */
    JourneyMap insert(JourneyMap map, UserRef author);

    /**
     * Like {@link #insert} but the new map starts at {@code version} (at least 1): a space import
     * brings the map's history along, so the imported map continues after its last revision.
     */
    JourneyMap insertAtVersion(JourneyMap map, UserRef author, long version);

    /**
     * Writes the difference between {@code before} (as loaded) and {@code after}, bumps the version
     * to {@code before.version() + 1} and records which targets the batch changed (the keys of
     * {@code map.operation} conflict detection). Fails with {@link ConcurrentMapUpdateException}
     * when another writer bumped the version since {@code before} was loaded; then nothing is written.
     */
    JourneyMap saveBatch(JourneyMap before, JourneyMap after, Set<String> changedTargets, UserRef author);

    /**
     * Runs the work in one transaction that first takes the map's write lock in the database, so
     * that writers of one map queue (on every cluster node) instead of racing; load, merge and
     * {@link #saveBatch} called by the work join that transaction. Unknown map: NotFoundException.
     */
    <T> T lockedForWrite(long mapId, java.util.function.Supplier<T> work);

    /**
     * Writes the cached Jira fields of the map's links (summary, status, assignee, fetched time,
     * state) as they differ from {@code before} (as loaded), without a new version: refreshing a cache
     * is not an edit. Runs inside the caller's {@link #lockedForWrite} when there is one.
     */
    JourneyMap saveJiraLinkCache(JourneyMap before, java.util.List<io.journeymaps.map.model.JiraLink> links);

    /** The targets changed by batches with versions greater than {@code sinceVersion}. */
    Set<String> changedTargetsSince(long mapId, long sinceVersion);

    /** Maps owned by a page, lightest first fields only (the header). */
    List<JourneyMap> headersOfPage(long pageId);

    /** The headers of the maps of a space, oldest first (space export; an admin's rare scan). */
    List<JourneyMap> headersOfSpace(String spaceKey);

    /** The map of a macro instance on a page, if that page has one. */
    Optional<Long> findByPageAndMacroKey(long pageId, String macroKey);

    /** Any map with this macro key, on whichever page (used to fork a copied page's map). */
    Optional<Long> findAnyByMacroKey(String macroKey);

    /**
     * Runs the work in one transaction that the repository's methods (and other stores on the same
     * database) join. Repositories without transactions just run it.
     */
    default <T> T inTransaction(java.util.function.Supplier<T> work) {
        return work.get();
    }

    /** Deletes the map and everything that belongs to it. */
    void delete(long mapId);
}
