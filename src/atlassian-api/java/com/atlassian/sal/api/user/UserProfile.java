// compile-only declaration; never packaged; see atlassian-api.md §5 (UserManager.getUserProfile)
package com.atlassian.sal.api.user;

// SAL's read-only view of a user (an interface).
public interface UserProfile {
    UserKey getUserKey();

    String getFullName();
}
