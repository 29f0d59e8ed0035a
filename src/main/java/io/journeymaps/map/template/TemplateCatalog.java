package io.journeymaps.map.template;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.journeymaps.map.model.JourneyMap;

/** The built-in templates of product.md §3, each in English, Arabic and Persian. */
public interface TemplateCatalog {
    /** Language codes every template is available in: en, ar, fa. */
    Set<String> languages();

    /** All templates in a language (falls back to English for an unknown language). */
    List<TemplateInfo> list(String language);

    /**
     * A new map built from the template in the language, with fresh element ids, id 0 and version 0,
     * and the given page, space and macro key in its header; empty for an unknown template id.
     * Its direction is RTL for Arabic and Persian.
     */
    Optional<JourneyMap> instantiate(String templateId, String language, long pageId, String spaceKey,
                                     String macroKey, String title);
}
