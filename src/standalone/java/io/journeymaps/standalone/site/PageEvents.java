package io.journeymaps.standalone.site;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The site's event publisher: like Confluence's EventPublisher it delivers synchronously, on the
 * thread of the page action, to every registered listener; a failing listener is logged and
 * does not undo the action or keep the others from hearing it.
 */
public final class PageEvents {
    private static final System.Logger LOG = System.getLogger(PageEvents.class.getName());

    private final List<Consumer<PageEvent>> listeners = new CopyOnWriteArrayList<>();

    public void register(Consumer<PageEvent> listener) {
        listeners.add(listener);
    }

    public void unregister(Consumer<PageEvent> listener) {
        listeners.remove(listener);
    }

    public void publish(PageEvent event) {
        for (Consumer<PageEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "a listener failed on " + event, e);
            }
        }
    }
}
