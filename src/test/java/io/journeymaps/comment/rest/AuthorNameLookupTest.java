package io.journeymaps.comment.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.journeymaps.comment.json.CommentJson;
import io.journeymaps.comment.model.Anchor;
import io.journeymaps.comment.model.Comment;
import io.journeymaps.host.UserDirectory;

class AuthorNameLookupTest {
    private final UserDirectory users = mock(UserDirectory.class);

    private static Comment by(String author) {
        return new Comment(1, 2, new Anchor(Anchor.Type.MAP, null), null, author, "text", Instant.EPOCH, null, false);
    }

    @Test
    void authorName_isTheDisplayName_askedOncePerAuthorPerResponse() {
        when(users.displayName("u1")).thenReturn(Optional.of("Una Example"));
        CommentJson.AuthorNames names = new AuthorNameLookup(users).forResponse();

        assertEquals("Una Example", CommentJson.toJson(by("u1"), names).get("authorName").asText());
        assertEquals("Una Example", CommentJson.toJson(by("u1"), names).get("authorName").asText());
        verify(users, times(1)).displayName("u1");
    }

    @Test
    void authorName_ofAUserTheHostNoLongerKnows_isNull() {
        when(users.displayName("gone")).thenReturn(Optional.empty());

        var json = CommentJson.toJson(by("gone"), new AuthorNameLookup(users).forResponse());

        assertNull(json.get("authorName").textValue());
        assertEquals("gone", json.get("author").asText());
    }
}
