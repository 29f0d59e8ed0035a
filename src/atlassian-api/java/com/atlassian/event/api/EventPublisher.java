// compile-only declaration; never packaged; see atlassian-api.md §12
package com.atlassian.event.api;

public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
