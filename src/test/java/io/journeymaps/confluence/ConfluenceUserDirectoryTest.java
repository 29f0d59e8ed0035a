package io.journeymaps.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.junit.jupiter.api.Test;

class ConfluenceUserDirectoryTest {
    private final UserManager userManager = mock(UserManager.class);
    private final UserKey aliceKey = mock(UserKey.class);
    private final ConfluenceUserDirectory directory = new ConfluenceUserDirectory(userManager,
            key -> key.equals("8a7f0001") ? aliceKey : mock(UserKey.class));

    @Test
    void displayName_ofKnownUser_isTheirFullName() {
        UserProfile alice = mock(UserProfile.class);
        when(alice.getFullName()).thenReturn("Alice Example");
        when(userManager.getUserProfile(aliceKey)).thenReturn(alice);

        assertEquals(Optional.of("Alice Example"), directory.displayName("8a7f0001"));
    }

    @Test
    void displayName_ofDeletedUser_isEmpty() {
        assertEquals(Optional.empty(), directory.displayName("gone"));
    }

    @Test
    void displayName_withBlankFullName_isEmpty() {
        UserProfile nameless = mock(UserProfile.class);
        when(nameless.getFullName()).thenReturn("  ");
        when(userManager.getUserProfile(aliceKey)).thenReturn(nameless);

        assertEquals(Optional.empty(), directory.displayName("8a7f0001"));
    }

    @Test
    void displayName_ofNullKey_asksNobody() {
        assertEquals(Optional.empty(), directory.displayName(null));
        verifyNoInteractions(userManager);
    }
}
