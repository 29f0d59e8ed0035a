package io.journeymaps.confluence;

import java.util.Optional;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.journeymaps.host.UserDirectory;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Display names of Confluence users by user key, through SAL's UserManager (deleted users: empty). */
@Named
public class ConfluenceUserDirectory implements UserDirectory {
    private final UserManager userManager;

    @Inject
    public ConfluenceUserDirectory(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<String> displayName(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return Optional.empty();
        }
        UserProfile profile = userManager.getUserProfile(new UserKey(userKey));
        if (profile == null) {
            return Optional.empty();
        }
        String name = profile.getFullName();
        return Optional.of(name == null || name.isBlank() ? userKey : name);
    }
}
