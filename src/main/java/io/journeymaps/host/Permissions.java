package io.journeymaps.host;

/**
 * The host's permission decisions. A null user is an anonymous visitor, who gets exactly what the
 * host grants anonymous users. Maps follow their page: view map = view page, edit map = edit page.
 */
public interface Permissions {
    boolean canViewPage(UserRef user, long pageId);

    boolean canEditPage(UserRef user, long pageId);

    /** Reading the space's persona library. */
    boolean canViewSpace(UserRef user, String spaceKey);

    /** Changing the space's persona library: the right to create pages in the space. */
    boolean canEditSpace(UserRef user, String spaceKey);

    /** Administering the space (space export and import of journey-map data). */
    boolean isSpaceAdmin(UserRef user, String spaceKey);
}
