// compile-only declaration; never packaged; see atlassian-api.md §15
package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {
    RequiredResources resources();
}
