// compile-only declaration; never packaged; see atlassian-api.md §15
package com.atlassian.webresource.api.assembler;

public interface RequiredResources {
    /** completeKey = "&lt;pluginKey&gt;:&lt;webResourceKey&gt;". */
    RequiredResources requireWebResource(String completeKey);
}
