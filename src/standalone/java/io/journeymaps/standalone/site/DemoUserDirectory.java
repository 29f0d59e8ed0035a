package io.journeymaps.standalone.site;

import java.util.Optional;

import io.journeymaps.host.UserDirectory;

/** The standalone site's users are the fixed demo users; their name is their key. */
public final class DemoUserDirectory implements UserDirectory {
    @Override
    public Optional<String> displayName(String userKey) {
        return userKey == null ? Optional.empty() : DemoUsers.find(userKey).map(DemoUser::displayName);
    }
}
