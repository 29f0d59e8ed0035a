// compile-only declaration; never packaged; see atlassian-api.md §12
package com.atlassian.confluence.event.events.content.page;

// The non-async class (the deprecated ...page.async.PageTrashedEvent carries ids, not a Page).
public class PageTrashedEvent extends PageEvent {
}
