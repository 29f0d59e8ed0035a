// compile-only declaration; never packaged; see atlassian-api.md §5, §18
package com.atlassian.confluence.pages;

// Only its class literal is used (the type to create, in PermissionManager.hasCreatePermission).
public class Page extends AbstractPage {
}
