// compile-only declaration; never packaged; see atlassian-api.md §2
package com.atlassian.confluence.macro;

import java.util.Map;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

public interface Macro {
    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum BodyType { PLAIN_TEXT, RICH_TEXT, NONE }

    enum OutputType { BLOCK, INLINE }
}
