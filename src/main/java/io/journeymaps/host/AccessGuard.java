package io.journeymaps.host;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.common.ForbiddenException;
import io.journeymaps.common.NotFoundException;
import io.journeymaps.common.SignInRequiredException;

/**
 * The permission rules of product.md §4 in one place: reading follows view-page, changing follows
 * edit-page, and whatever the user may not see does not exist (404, never 403).
 */
@Named
public class AccessGuard {
    private final CurrentUser currentUser;
    private final Pages pages;
    private final Permissions permissions;

    @Inject
    public AccessGuard(CurrentUser currentUser, Pages pages, Permissions permissions) {
        this.currentUser = currentUser;
        this.pages = pages;
        this.permissions = permissions;
    }

    /** The signed-in user, or null for an anonymous visitor. */
    public UserRef user() {
        return currentUser.get().orElse(null);
    }

    public PageRef viewablePage(long pageId) {
        Optional<PageRef> page = pages.find(pageId);
        if (page.isEmpty() || !permissions.canViewPage(user(), pageId)) {
            throw new NotFoundException("page " + pageId + " not found");
        }
        return page.get();
    }

    public PageRef editablePage(long pageId) {
        PageRef page = viewablePage(pageId);
        if (!permissions.canEditPage(user(), pageId)) {
            throw denied("edit this page");
        }
        return page;
    }

    public boolean canEditPage(long pageId) {
        return permissions.canEditPage(user(), pageId);
    }

    public void requireViewableSpace(String spaceKey) {
        if (!permissions.canViewSpace(user(), spaceKey)) {
            throw new NotFoundException("space " + spaceKey + " not found");
        }
    }

    public void requireEditableSpace(String spaceKey) {
        requireViewableSpace(spaceKey);
        if (!permissions.canEditSpace(user(), spaceKey)) {
            throw denied("change this space's personas");
        }
    }

    /**
     * Space administrators only: 404 when the space is not visible, 401 for anonymous visitors and
     * 403 for signed-in users who are not admins of the space.
     */
    public UserRef requireSpaceAdmin(String spaceKey) {
        requireViewableSpace(spaceKey);
        if (!permissions.isSpaceAdmin(user(), spaceKey)) {
            throw denied("administer this space");
        }
        return user();
    }

    /** Signed-in users only (anonymous visitors get 401). */
    public UserRef signedIn() {
        UserRef user = user();
        if (user == null) {
            throw new SignInRequiredException();
        }
        return user;
    }

    private ForbiddenException denied(String what) {
        return user() == null ? new SignInRequiredException() : new ForbiddenException("you may not " + what);
    }
}
