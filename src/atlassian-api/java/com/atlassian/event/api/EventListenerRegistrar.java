// compile-only declaration; never packaged; see atlassian-api.md §12
package com.atlassian.event.api;

public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
