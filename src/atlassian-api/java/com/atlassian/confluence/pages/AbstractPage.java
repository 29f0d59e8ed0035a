// compile-only declaration; never packaged; see atlassian-api.md §5
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

// In Confluence: AbstractPage extends SpaceContentEntityObject extends ContentEntityObject (all classes).
public abstract class AbstractPage extends ContentEntityObject {
    /** Declared on SpaceContentEntityObject in Confluence; null for historical versions. */
    public String getSpaceKey() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
