// compile-only declaration; never packaged; see atlassian-api.md §8, §15
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {
    WebResourceAssembler assembler();
}
