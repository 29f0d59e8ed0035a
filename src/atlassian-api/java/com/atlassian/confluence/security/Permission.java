// compile-only declaration; never packaged; see atlassian-api.md §5
package com.atlassian.confluence.security;

// A class with static constant instances (getstatic by name: no values are inlined).
public final class Permission {
    public static final Permission VIEW = new Permission("VIEW");
    public static final Permission EDIT = new Permission("EDIT");
    /** On a Space: space administration (atlassian-api.md §5). */
    public static final Permission ADMINISTER = new Permission("ADMINISTER");

    private final String name;

    private Permission(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
