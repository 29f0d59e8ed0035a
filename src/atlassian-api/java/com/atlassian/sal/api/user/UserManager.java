// compile-only declaration; never packaged; see atlassian-api.md §5
package com.atlassian.sal.api.user;

public interface UserManager {
    UserProfile getUserProfile(UserKey userKey);
}
