// compile-only declaration; never packaged; see atlassian-api.md §12
package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.BlogPost;

public abstract class BlogPostEvent extends ContentEvent {
    public BlogPost getBlogPost() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
