package io.journeymaps.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import io.journeymaps.host.UserRef;
import org.junit.jupiter.api.Test;

class ConfluenceCurrentUserTest {
    static ConfluenceUser user(String key, String fullName) {
        UserKey userKey = mock(UserKey.class);
        when(userKey.getStringValue()).thenReturn(key);
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(userKey);
        when(user.getFullName()).thenReturn(fullName);
        return user;
    }

    @Test
    void get_forAnonymousRequest_isEmpty() {
        assertTrue(new ConfluenceCurrentUser(() -> null).get().isEmpty());
    }

    @Test
    void get_forSignedInUser_givesTheUserKeyAndFullName() {
        ConfluenceUser alice = user("8a7f808a1", "Alice Liddell");

        assertEquals(Optional.of(new UserRef("8a7f808a1", "Alice Liddell")), new ConfluenceCurrentUser(() -> alice).get());
    }

    @Test
    void get_withoutFullName_showsTheKey() {
        ConfluenceUser nameless = user("8a7f808a2", " ");

        assertEquals("8a7f808a2", new ConfluenceCurrentUser(() -> nameless).get().orElseThrow().displayName());
    }
}
