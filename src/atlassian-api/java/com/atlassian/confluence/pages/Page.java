// compile-only declaration; never packaged; see atlassian-api.md §5, §18
package com.atlassian.confluence.pages;

// Its class literal is the type to create (PermissionManager.hasCreatePermission); PageManager.getPage returns it.
public class Page extends AbstractPage {
}
