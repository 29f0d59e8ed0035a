package io.journeymaps.confluence;

import static io.journeymaps.confluence.ConfluenceCurrentUserTest.user;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import io.journeymaps.host.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfluencePermissionsTest {
    private static final UserRef ALICE = new UserRef("key-alice", "Alice");

    private final ConfluenceUser alice = user("key-alice", "Alice");
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final PageManager pageManager = mock(PageManager.class);
    private final SpaceManager spaceManager = mock(SpaceManager.class);
    private final AbstractPage page = mock(AbstractPage.class);
    private final Space space = new Space();
    private final ConfluencePermissions permissions = new ConfluencePermissions(
            new ConfluenceCurrentUser(() -> alice), permissionManager, pageManager, spaceManager);

    @BeforeEach
    void content() {
        when(pageManager.getAbstractPage(42L)).thenReturn(page);
        when(spaceManager.getSpace("DOCS")).thenReturn(space);
    }

    @Test
    void canViewPage_asksConfluenceAboutTheRequestUser() {
        when(permissionManager.hasPermission(alice, Permission.VIEW, page)).thenReturn(true);

        assertTrue(permissions.canViewPage(ALICE, 42L));
        assertFalse(permissions.canEditPage(ALICE, 42L));
    }

    @Test
    void canEditPage_forAnonymous_asksWithoutUser() {
        when(permissionManager.hasPermission(null, Permission.EDIT, page)).thenReturn(true);

        assertTrue(permissions.canEditPage(null, 42L));
    }

    @Test
    void canViewPage_unknownPage_isFalse() {
        assertFalse(permissions.canViewPage(ALICE, 7L));
        verifyNoInteractions(permissionManager);
    }

    @Test
    void decisions_aboutAnotherUserThanTheRequests_areRefused() {
        when(permissionManager.hasPermission(any(), any(), any())).thenReturn(true);

        assertFalse(permissions.canViewPage(new UserRef("key-bob", "Bob"), 42L));
    }

    @Test
    void canViewSpace_usesViewPermissionOnTheSpace() {
        when(permissionManager.hasPermission(alice, Permission.VIEW, space)).thenReturn(true);

        assertTrue(permissions.canViewSpace(ALICE, "DOCS"));
        assertFalse(permissions.canViewSpace(ALICE, "NOPE"));
    }

    @Test
    void canEditSpace_meansMayCreatePagesInTheSpace() {
        when(permissionManager.hasCreatePermission(alice, space, Page.class)).thenReturn(true);

        assertTrue(permissions.canEditSpace(ALICE, "DOCS"));
        assertFalse(permissions.canEditSpace(ALICE, " "));
    }

    @Test
    void isSpaceAdmin_usesAdministerPermissionOnTheSpace() {
        when(permissionManager.hasPermission(alice, Permission.ADMINISTER, space)).thenReturn(true);

        assertTrue(permissions.isSpaceAdmin(ALICE, "DOCS"));
        assertFalse(permissions.isSpaceAdmin(ALICE, "NOPE"));
        assertFalse(permissions.isSpaceAdmin(null, "DOCS"));
    }

    @Test
    void isSpaceAdmin_viewOrEditAloneIsNotEnough() {
        when(permissionManager.hasPermission(alice, Permission.VIEW, space)).thenReturn(true);
        when(permissionManager.hasPermission(alice, Permission.EDIT, space)).thenReturn(true);

        assertFalse(permissions.isSpaceAdmin(ALICE, "DOCS"));
    }
}
