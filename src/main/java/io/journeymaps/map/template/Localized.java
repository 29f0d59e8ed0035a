package io.journeymaps.map.template;

import java.util.Map;

/** A template text in every template language. */
record Localized(Map<String, String> byLanguage) {
    Localized {
        byLanguage = Map.copyOf(byLanguage);
    }

    String in(String language) {
        return byLanguage.get(language);
    }
}
