// compile-only declaration; never packaged; see atlassian-api.md §2, §5
package com.atlassian.confluence.core;

// An abstract CLASS in Confluence (invokevirtual). getId()/isLatestVersion() are inherited there from
// superclasses; declaring them here links the same way (JVM method resolution walks superclasses).
public abstract class ContentEntityObject {
    public long getId() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** The id of the current version when this is a historical version or a draft of it; else getId(). */
    public long getLatestVersionId() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public String getTitle() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Content status "current": not trashed, not a draft. */
    public boolean isCurrent() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** False for the historical versions of a page. */
    public boolean isLatestVersion() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
