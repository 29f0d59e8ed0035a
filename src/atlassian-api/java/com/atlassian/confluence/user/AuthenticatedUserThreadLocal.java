// compile-only declaration; never packaged; see atlassian-api.md §5, §13
package com.atlassian.confluence.user;

public class AuthenticatedUserThreadLocal {
    /** The user of the current request, or null for anonymous. */
    public static ConfluenceUser get() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
