package io.journeymaps.confluence;

import java.util.Optional;
import java.util.function.Supplier;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.journeymaps.host.CurrentUser;
import io.journeymaps.host.UserRef;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The user of the current Confluence request (macro rendering and REST calls alike). */
@Named
public class ConfluenceCurrentUser implements CurrentUser {
    private final Supplier<ConfluenceUser> requestUser;

    @Inject
    public ConfluenceCurrentUser() {
        this(AuthenticatedUserThreadLocal::get);
    }

    /** For tests: the thread-local is static. */
    ConfluenceCurrentUser(Supplier<ConfluenceUser> requestUser) {
        this.requestUser = requestUser;
    }

    @Override
    public Optional<UserRef> get() {
        return confluenceUser().map(ConfluenceCurrentUser::toRef);
    }

    /** The Confluence user object, which PermissionManager needs; empty for anonymous. */
    Optional<ConfluenceUser> confluenceUser() {
        return Optional.ofNullable(requestUser.get());
    }

    static String keyOf(ConfluenceUser user) {
        return user.getKey().getStringValue();
    }

    private static UserRef toRef(ConfluenceUser user) {
        String key = keyOf(user);
        String fullName = user.getFullName();
        return new UserRef(key, fullName == null || fullName.isBlank() ? key : fullName);
    }
}
