package io.journeymaps.host;

import java.util.Optional;

/** Looks up the host's users by their stable key, to show names beside what they wrote. */
public interface UserDirectory {
    /** The user's display name; empty when the host knows no user with this key (deleted users). */
    Optional<String> displayName(String userKey);
}
