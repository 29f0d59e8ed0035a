package io.journeymaps.host;

import java.util.Optional;

/** Who is making the current request; empty for anonymous visitors. */
public interface CurrentUser {
    Optional<UserRef> get();
}
