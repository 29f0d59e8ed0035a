package io.journeymaps.host;

/** A host page: id, space, title and its absolute URL (for links back from Jira and exports). */
public record PageRef(long id, String spaceKey, String title, String url) {
}
