// compile-only declaration; never packaged; see atlassian-api.md §19 (only the constant we use; enum constants link by name)
package com.atlassian.sal.api;

public enum UrlMode {
    CANONICAL
}
