package io.journeymaps.standalone.site;

/** What a space grants a user (or anonymous visitors): each level includes the ones before it. */
public enum Grant {
    NONE, VIEW, EDIT;

    public boolean allowsView() {
        return this != NONE;
    }

    public boolean allowsEdit() {
        return this == EDIT;
    }

    public static Grant max(Grant a, Grant b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
