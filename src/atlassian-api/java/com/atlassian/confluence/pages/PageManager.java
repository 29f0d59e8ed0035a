// compile-only declaration; never packaged; see atlassian-api.md §5
package com.atlassian.confluence.pages;

public interface PageManager {
    /** A page or blog post by id (any status and version), or null. */
    AbstractPage getAbstractPage(long id);
}
