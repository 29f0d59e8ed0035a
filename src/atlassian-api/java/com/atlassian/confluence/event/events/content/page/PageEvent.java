// compile-only declaration; never packaged; see atlassian-api.md §12
package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.Page;

public abstract class PageEvent extends ContentEvent {
    public Page getPage() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
