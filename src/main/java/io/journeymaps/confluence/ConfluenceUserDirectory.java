package io.journeymaps.confluence;

import java.util.Optional;
import java.util.function.Function;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.journeymaps.host.UserDirectory;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Display names from Confluence's users through SAL's {@link UserManager} (atlassian-api.md §5).
 * Deleted users have no profile: their comments then show without a name, never fail.
 */
@Named
public class ConfluenceUserDirectory implements UserDirectory {
    private final UserManager userManager;
    private final Function<String, UserKey> keys;

    @Inject
    public ConfluenceUserDirectory(UserManager userManager) {
        this(userManager, UserKey::new);
    }

    /** For tests: the compile-only UserKey cannot be built outside Confluence. */
    ConfluenceUserDirectory(UserManager userManager, Function<String, UserKey> keys) {
        this.userManager = userManager;
        this.keys = keys;
    }

    @Override
    public Optional<String> displayName(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return Optional.empty();
        }
        UserProfile profile = userManager.getUserProfile(keys.apply(userKey));
        if (profile == null) {
            return Optional.empty();
        }
        String name = profile.getFullName();
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
    }
}
