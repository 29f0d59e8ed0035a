// compile-only declaration; never packaged; see atlassian-api.md §5
package com.atlassian.sal.api.user;

public interface UserProfile {
    UserKey getUserKey();

    String getFullName();
}
