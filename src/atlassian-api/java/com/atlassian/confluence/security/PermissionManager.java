// compile-only declaration; never packaged; see atlassian-api.md §5, §18
package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

public interface PermissionManager {
    /** user null = anonymous. ConfluenceUser overload: [SLACK] on 10.0.1; abstract in the 8.8+ javadoc. */
    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);

    /**
     * UNCONFIRMED for 10.x: the ConfluenceUser overload (8.8+ javadoc pattern; older versions take
     * com.atlassian.user.User). Only ConfluencePermissions.canEditSpace calls it.
     */
    boolean hasCreatePermission(ConfluenceUser user, Object container, Class<?> typeToCreate);
}
