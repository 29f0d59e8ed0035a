package io.journeymaps.standalone.site;

/** A space of the demo site and what it grants anonymous visitors. */
public record Space(String key, String name, String description, Grant anonymousGrant) {
}
