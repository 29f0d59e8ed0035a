// compile-only declaration; never packaged; see atlassian-api.md §12
package com.atlassian.confluence.event.events.content.page;

// Purged from the trash (removed for good).
public class PageRemoveEvent extends PageEvent {
}
