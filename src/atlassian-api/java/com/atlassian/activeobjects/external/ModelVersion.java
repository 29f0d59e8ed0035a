// compile-only declaration; never packaged; see atlassian-api.md §3
package com.atlassian.activeobjects.external;

public final class ModelVersion {
    public static ModelVersion valueOf(String version) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
