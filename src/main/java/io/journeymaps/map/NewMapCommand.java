package io.journeymaps.map;

/**
 * What it takes to create a map on a page. {@code macroKey} identifies the macro instance on the
 * page; null means "make one up" (a new UUID). {@code title} null or blank takes the template's name.
 */
public record NewMapCommand(long pageId, String spaceKey, String templateId, String title, String language,
                            String macroKey) {
}
