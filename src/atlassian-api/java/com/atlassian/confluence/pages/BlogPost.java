// compile-only declaration; never packaged; see atlassian-api.md §12
package com.atlassian.confluence.pages;

// The content of the blog post events (getId() is declared on ContentEntityObject).
public class BlogPost extends AbstractPage {
}
