package io.journeymaps.confluence;

import java.util.Optional;
import java.util.function.Predicate;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import io.journeymaps.host.Permissions;
import io.journeymaps.host.UserRef;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Confluence's own permission decisions. PermissionManager wants a ConfluenceUser object, which we
 * only have for the user of the current request; decisions about any other user are refused (the
 * core only ever asks about the current user, and this keeps the declared host surface small).
 */
@Named
public class ConfluencePermissions implements Permissions {
    private final ConfluenceCurrentUser currentUser;
    private final PermissionManager permissionManager;
    private final PageManager pageManager;
    private final SpaceManager spaceManager;

    @Inject
    public ConfluencePermissions(ConfluenceCurrentUser currentUser, PermissionManager permissionManager,
                                 PageManager pageManager, SpaceManager spaceManager) {
        this.currentUser = currentUser;
        this.permissionManager = permissionManager;
        this.pageManager = pageManager;
        this.spaceManager = spaceManager;
    }

    @Override
    public boolean canViewPage(UserRef user, long pageId) {
        return onPage(user, pageId, Permission.VIEW);
    }

    @Override
    public boolean canEditPage(UserRef user, long pageId) {
        return onPage(user, pageId, Permission.EDIT);
    }

    @Override
    public boolean canViewSpace(UserRef user, String spaceKey) {
        Space space = space(spaceKey);
        return space != null && decide(user, who -> permissionManager.hasPermission(who, Permission.VIEW, space));
    }

    /**
     * "May create pages in the space" (Permission.EDIT on a Space means space administration).
     * The ConfluenceUser overload of hasCreatePermission is UNCONFIRMED for 10.x (atlassian-api.md §18).
     */
    @Override
    public boolean canEditSpace(UserRef user, String spaceKey) {
        Space space = space(spaceKey);
        return space != null && decide(user, who -> permissionManager.hasCreatePermission(who, space, Page.class));
    }

    /** Permission.ADMINISTER on the Space: the space's admin permission (atlassian-api.md §5). */
    @Override
    public boolean isSpaceAdmin(UserRef user, String spaceKey) {
        Space space = space(spaceKey);
        return space != null && decide(user, who -> permissionManager.hasPermission(who, Permission.ADMINISTER, space));
    }

    private boolean onPage(UserRef user, long pageId, Permission permission) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        return page != null && decide(user, who -> permissionManager.hasPermission(who, permission, page));
    }

    private Space space(String spaceKey) {
        return spaceKey == null || spaceKey.isBlank() ? null : spaceManager.getSpace(spaceKey);
    }

    /** Runs the check as the Confluence user behind {@code user} (null = anonymous). */
    private boolean decide(UserRef user, Predicate<ConfluenceUser> check) {
        if (user == null) {
            return check.test(null);
        }
        Optional<ConfluenceUser> requestUser = currentUser.confluenceUser()
                .filter(u -> user.key().equals(ConfluenceCurrentUser.keyOf(u)));
        return requestUser.isPresent() && check.test(requestUser.get());
    }
}
