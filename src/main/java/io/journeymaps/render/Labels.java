package io.journeymaps.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UI strings from {@code i18n/journey-maps*.properties} in one language (en, ar, fa), falling back
 * to English key by key. The files are read once per language and never change.
 */
public final class Labels {
    public static final String PREFIX = "io.journeymaps.journey-maps.";
    public static final Set<String> LANGUAGES = Set.of("en", "ar", "fa");
    private static final Map<String, Labels> CACHE = new ConcurrentHashMap<>();

    private final String language;
    private final Properties values;

    private Labels(String language, Properties values) {
        this.language = language;
        this.values = values;
    }

    public static Labels forLanguage(String language) {
        String lang = normalise(language);
        return CACHE.computeIfAbsent(lang, l -> {
            Properties merged = read("i18n/journey-maps.properties");
            if (!"en".equals(l)) {
                merged.putAll(read("i18n/journey-maps_" + l + ".properties"));
            }
            return new Labels(l, merged);
        });
    }

    /** "fa_IR", "ar-SA" and "AR" select their language; anything else is English. */
    public static String normalise(String language) {
        if (language == null) {
            return "en";
        }
        String lang = language.strip().toLowerCase(Locale.ROOT);
        int cut = lang.indexOf('_') >= 0 ? lang.indexOf('_') : lang.indexOf('-');
        if (cut >= 0) {
            lang = lang.substring(0, cut);
        }
        return LANGUAGES.contains(lang) ? lang : "en";
    }

    public String language() {
        return language;
    }

    /** The string for a key without the plugin prefix (e.g. {@code severity.HIGH}); the key itself when missing. */
    public String get(String key) {
        String v = values.getProperty(PREFIX + key);
        return v == null ? key : v;
    }

    public String get(String group, Enum<?> value) {
        return get(group + "." + value.name());
    }

    private static Properties read(String resource) {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return p;
    }
}
