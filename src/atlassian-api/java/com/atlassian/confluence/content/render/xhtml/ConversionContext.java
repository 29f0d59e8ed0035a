// compile-only declaration; never packaged; see atlassian-api.md §2 (an interface; 10.x UNCONFIRMED but unchanged since 5.x)
package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

public interface ConversionContext {
    /** The page (or other content) being rendered; null in some previews and templates. */
    ContentEntityObject getEntity();

    /** "display", "preview", "pdf", "word", "email", ... */
    String getOutputType();

    /** "desktop", "mobile", "email". */
    String getOutputDeviceType();

    /** May be null. */
    String getSpaceKey();
}
