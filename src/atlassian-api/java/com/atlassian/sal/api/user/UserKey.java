// compile-only declaration; never packaged; see atlassian-api.md §5
package com.atlassian.sal.api.user;

// SAL's UserKey is a final value class built from the stored key string.
public final class UserKey {
    public UserKey(String userKey) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
