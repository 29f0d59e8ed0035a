package io.journeymaps.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.host.UserRef;
import io.journeymaps.map.DuplicateMapException;
import io.journeymaps.map.MapForks;
import io.journeymaps.map.MapRepository;
import io.journeymaps.map.MapVersionListener;
import io.journeymaps.map.StoredVersion;
import io.journeymaps.map.model.JourneyMap;

/**
 * What happens to the maps of a page when the host copies, trashes, restores or purges the page
 * (product.md §4 "Page lifecycle"). The host's adapters call it from their page events: Confluence's
 * listener, the standalone host's dispatcher. A map is never shared by two pages.
 */
@Named
public class PageLifecycle {
    /** A key taken meanwhile is skipped by the next attempt; a few more cover several keys racing at once. */
    static final int COPY_ATTEMPTS = 5;

    private final MapRepository maps;
    private final MapPurge purge;
    private final MapVersionListener versions;

    @Inject
    public PageLifecycle(MapRepository maps, MapPurge purge, MapVersionListener versions) {
        this.maps = maps;
        this.purge = purge;
        this.versions = versions;
    }

    /**
     * Gives the copy its own map for each map of the source page, under the same macro key (the copied
     * macro finds it there). Content is forked with fresh element ids; persona links are kept only when
     * the copy is in the source's space (personas belong to a space); comments and Jira links stay with
     * the original. A key the copy already has a map for (forked on first render) is skipped, so the
     * call is idempotent. One transaction; when a first render of the copy forks one of the keys at the
     * same moment (the database refuses the second map for a page and key), the transaction rolls back
     * and runs again, now skipping that key.
     *
     * @return the maps created for the copy
     */
    public List<JourneyMap> pageCopied(long sourcePageId, long copyPageId, String copySpaceKey, UserRef initiator) {
        if (sourcePageId == copyPageId) {
            return List.of();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return copyMaps(sourcePageId, copyPageId, copySpaceKey, initiator);
            } catch (DuplicateMapException e) {
                if (attempt >= COPY_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private List<JourneyMap> copyMaps(long sourcePageId, long copyPageId, String copySpaceKey, UserRef initiator) {
        return maps.inTransaction(() -> {
            List<JourneyMap> created = new ArrayList<>();
            for (JourneyMap header : maps.headersOfPage(sourcePageId)) {
                String key = header.header().macroKey();
                if (maps.findByPageAndMacroKey(copyPageId, key).isPresent()) {
                    continue;
                }
                Optional<JourneyMap> source = maps.load(header.id());
                source.ifPresent(s -> created.add(insertFork(MapForks.forkFor(s, copyPageId, copySpaceKey, key), initiator)));
            }
            return created;
        });
    }

    /** The fork starts its own history: its first revision says it was created as a copy. */
    private JourneyMap insertFork(JourneyMap fork, UserRef initiator) {
        JourneyMap saved = maps.insert(fork, initiator);
        versions.versionStored(new StoredVersion(null, saved, initiator, StoredVersion.Kind.CREATE, null));
        return saved;
    }

    /**
     * Nothing to store: the maps stay, and since the host's {@code Pages.find} no longer finds a trashed
     * page, its maps answer "not found" to everyone until the page is restored or purged.
     */
    public void pageTrashed(long pageId) {
        // Deliberately keeps every map of the page (product.md §4: nothing is lost until the purge).
    }

    /** The page is current again and so are its maps, unchanged. */
    public void pageRestored(long pageId) {
        // The maps were never touched while the page was in the trash.
    }

    /**
     * Removes every map of the page with its elements, Jira links, pending creates, comments and
     * revisions, in one transaction. Other pages' maps (copies included) are untouched.
     *
     * @return how many maps were removed
     */
    public int pagePurged(long pageId) {
        return maps.inTransaction(() -> {
            List<JourneyMap> ofPage = maps.headersOfPage(pageId);
            ofPage.forEach(m -> purge.purgeExisting(m.id()));
            return ofPage.size();
        });
    }
}
