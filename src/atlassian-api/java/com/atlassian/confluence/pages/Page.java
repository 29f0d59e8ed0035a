// compile-only declaration; never packaged; see atlassian-api.md §5, §18
package com.atlassian.confluence.pages;

// Its class literal (PermissionManager.hasCreatePermission), the content of the page events (§12), and what PageManager.getPage returns.
public class Page extends AbstractPage {
}
