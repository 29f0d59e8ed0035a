// compile-only declaration; never packaged; see atlassian-api.md §5
package com.atlassian.sal.api.user;

// SAL's user service (an interface). Only the lookup by key is declared: getRemoteUser(HttpServletRequest)
// takes javax on 9 and jakarta on 10, so it is left out on purpose.
public interface UserManager {
    UserProfile getUserProfile(UserKey userKey);
}
