package io.journeymaps.standalone.site;

/**
 * What a space grants a user (or anonymous visitors): each level includes the ones before it.
 * ADMIN is the space administrator (export and import of the space's journey-map data); it is
 * never given to anonymous visitors.
 */
public enum Grant {
    NONE, VIEW, EDIT, ADMIN;

    public boolean allowsView() {
        return this != NONE;
    }

    public boolean allowsEdit() {
        return compareTo(EDIT) >= 0;
    }

    public boolean allowsAdmin() {
        return this == ADMIN;
    }

    public static Grant max(Grant a, Grant b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
