// compile-only declaration; never packaged; see atlassian-api.md §12
package com.atlassian.confluence.event.events.content.blogpost;

// Restored from the trash.
public class BlogPostRestoreEvent extends BlogPostEvent {
}
