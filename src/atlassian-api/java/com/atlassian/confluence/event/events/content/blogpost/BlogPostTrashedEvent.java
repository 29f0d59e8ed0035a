// compile-only declaration; never packaged; see atlassian-api.md §12
package com.atlassian.confluence.event.events.content.blogpost;

// Moved to the trash.
public class BlogPostTrashedEvent extends BlogPostEvent {
}
