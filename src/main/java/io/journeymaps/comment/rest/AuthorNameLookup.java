package io.journeymaps.comment.rest;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.comment.json.CommentJson;
import io.journeymaps.host.UserDirectory;

/** Display names for comment authors, each author looked up once per response. */
@Named
public class AuthorNameLookup {
    private final UserDirectory users;

    @Inject
    public AuthorNameLookup(UserDirectory users) {
        this.users = users;
    }

    /** A lookup for one response: remembers what it found, so a long thread costs one call per author. */
    public CommentJson.AuthorNames forResponse() {
        Map<String, String> known = new HashMap<>();
        return key -> key == null ? null : known.computeIfAbsent(key, k -> users.displayName(k).orElse(null));
    }
}
