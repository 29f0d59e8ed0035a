package io.journeymaps.standalone.site;

import io.journeymaps.host.UserRef;

/** A demo user of the standalone site: user name (also the key), display name and locale. */
public record DemoUser(String name, String displayName, String locale) {
    public UserRef ref() {
        return new UserRef(name, displayName);
    }
}
