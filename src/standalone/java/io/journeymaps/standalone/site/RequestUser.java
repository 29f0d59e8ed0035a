package io.journeymaps.standalone.site;

import java.util.Optional;

import io.journeymaps.host.CurrentUser;
import io.journeymaps.host.UserRef;

/** The user of the request being served on this thread; set and cleared by the auth filter. */
public final class RequestUser implements CurrentUser {
    private final ThreadLocal<UserRef> current = new ThreadLocal<>();

    @Override
    public Optional<UserRef> get() {
        return Optional.ofNullable(current.get());
    }

    /**
     * Makes the user (null = anonymous) current on this thread until the scope is closed, which
     * restores the previous user: {@code try (var as = currentUser.actAs(user)) { ... }}.
     */
    public Scope actAs(UserRef user) {
        UserRef previous = current.get();
        current.set(user);
        return () -> {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        };
    }

    /** A user switch to undo. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
