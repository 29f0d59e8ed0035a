package io.journeymaps.host;

/** A signed-in user as the core knows them: the host's stable user key and a display name. */
public record UserRef(String key, String displayName) {
}
