// compile-only declaration; never packaged; see atlassian-api.md §5
package com.atlassian.sal.api.user;

public final class UserKey {
    public UserKey(String userKey) {
        // compile-only declaration
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
