package io.journeymaps.standalone;

import java.util.Optional;

/**
 * The Jira the host links to, when configured. Kept for the plugin's Jira gateway; the token is a
 * secret, so {@link #toString()} never shows it.
 */
public record JiraSettings(String url, String token) {
    public static Optional<JiraSettings> of(String url, String token) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new JiraSettings(url.strip(), token == null ? "" : token.strip()));
    }

    public boolean hasToken() {
        return !token.isEmpty();
    }

    @Override
    public String toString() {
        return "JiraSettings[url=" + url + ", token=" + (hasToken() ? "(set)" : "(none)") + "]";
    }
}
