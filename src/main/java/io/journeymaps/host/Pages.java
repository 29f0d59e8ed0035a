package io.journeymaps.host;

import java.util.Optional;

/** Looks up the host's pages. */
public interface Pages {
    /** The current (not trashed) page with this id. */
    Optional<PageRef> find(long pageId);
}
