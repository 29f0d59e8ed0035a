// compile-only declaration; never packaged; see atlassian-api.md §5
package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

// An interface extending com.atlassian.user.User in Confluence; getFullName() is declared there, and
// interface method resolution finds it through the superinterface.
public interface ConfluenceUser {
    UserKey getKey();

    String getFullName();
}
