package io.journeymaps.standalone.site;

import io.journeymaps.host.Permissions;
import io.journeymaps.host.UserRef;

/**
 * Space grants decide everything: a page can be viewed/edited by whoever may view/edit its space,
 * and only while it is current (trashed pages are invisible, as far as the plugin is concerned).
 * A signed-in user gets at least what the space grants anonymous visitors.
 */
public final class SitePermissions implements Permissions {
    private final SiteStore store;

    public SitePermissions(SiteStore store) {
        this.store = store;
    }

    public Grant grant(UserRef user, String spaceKey) {
        return store.space(spaceKey)
                .map(space -> user == null
                        ? space.anonymousGrant()
                        : Grant.max(space.anonymousGrant(), store.grant(spaceKey, user.key())))
                .orElse(Grant.NONE);
    }

    @Override
    public boolean canViewPage(UserRef user, long pageId) {
        return store.page(pageId).filter(SitePage::isCurrent)
                .map(page -> grant(user, page.spaceKey()).allowsView()).orElse(false);
    }

    @Override
    public boolean canEditPage(UserRef user, long pageId) {
        return store.page(pageId).filter(SitePage::isCurrent)
                .map(page -> grant(user, page.spaceKey()).allowsEdit()).orElse(false);
    }

    @Override
    public boolean canViewSpace(UserRef user, String spaceKey) {
        return grant(user, spaceKey).allowsView();
    }

    @Override
    public boolean canEditSpace(UserRef user, String spaceKey) {
        return grant(user, spaceKey).allowsEdit();
    }

    /** Signed-in users with the ADMIN grant on the space; never anonymous visitors. */
    @Override
    public boolean isSpaceAdmin(UserRef user, String spaceKey) {
        return user != null && store.space(spaceKey).isPresent() && store.grant(spaceKey, user.key()).allowsAdmin();
    }
}
