// compile-only declaration; never packaged; see atlassian-api.md §19
package com.atlassian.sal.api;

public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
