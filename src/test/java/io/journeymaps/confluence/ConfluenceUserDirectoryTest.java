package io.journeymaps.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.junit.jupiter.api.Test;

class ConfluenceUserDirectoryTest {
    private final UserManager userManager = mock(UserManager.class);
    private final ConfluenceUserDirectory users = new ConfluenceUserDirectory(userManager);

    @Test
    void displayName_isTheProfilesFullName() {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getFullName()).thenReturn("Alice Adams");
        when(userManager.getUserProfile(any())).thenReturn(profile);

        assertEquals(Optional.of("Alice Adams"), users.displayName("8a7f0001"));
    }

    @Test
    void displayName_ofAUserWithoutFullName_isTheKey() {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getFullName()).thenReturn(" ");
        when(userManager.getUserProfile(any())).thenReturn(profile);

        assertEquals(Optional.of("8a7f0001"), users.displayName("8a7f0001"));
    }

    @Test
    void displayName_ofAnUnknownOrBlankUser_isEmpty() {
        when(userManager.getUserProfile(any())).thenReturn(null);

        assertEquals(Optional.empty(), users.displayName("gone"));
        assertEquals(Optional.empty(), users.displayName(null));
        verify(userManager, never()).getUserProfile(null);
    }
}
