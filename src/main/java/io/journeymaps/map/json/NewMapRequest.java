package io.journeymaps.map.json;

import io.journeymaps.map.NewMapCommand;

/** A "create map" body; the space comes from the page, which the REST layer looks up. */
public record NewMapRequest(long pageId, String templateId, String title, String language, String macroKey) {
    public NewMapCommand toCommand(String spaceKey) {
        return new NewMapCommand(pageId, spaceKey, templateId, title, language, macroKey);
    }
}
