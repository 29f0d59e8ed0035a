// compile-only declaration; never packaged; see atlassian-api.md §12
package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;

// Also fired by space copy. getPage() is the destination. Implements the Copied marker in Confluence.
public class PageCopyEvent extends PageEvent {
    public Page getOrigin() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public Page getDestination() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Nullable. */
    public ConfluenceUser getInitiator() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
