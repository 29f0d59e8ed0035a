// compile-only declaration; never packaged; see atlassian-api.md §5
package com.atlassian.confluence.pages;

public interface PageManager {
    /** A page or blog post by id (any status and version), or null. */
    AbstractPage getAbstractPage(long id);

    /** The current page of the space with this title, or null (atlassian-api.md §5). */
    Page getPage(String spaceKey, String title);
}
