package io.journeymaps.host;

import java.util.Optional;

/** Looks up the host's pages. */
public interface Pages {
    /** The current (not trashed) page with this id. */
    Optional<PageRef> find(long pageId);

    /** The current page of the space with exactly this title (titles are unique in a space). */
    Optional<PageRef> findByTitle(String spaceKey, String title);
}
