package io.journeymaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.journeymaps.map.model.Channel;
import io.journeymaps.map.model.EvidenceKind;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.MetricName;
import io.journeymaps.map.model.Severity;

class I18nBundlesTest {
    private static final List<String> FILES = List.of("i18n/journey-maps.properties",
            "i18n/journey-maps_ar.properties", "i18n/journey-maps_fa.properties");
    private static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0600-\\u06FF]");

    @Test
    void bundles_haveTheSameKeysAndNoBlankValues() throws IOException {
        Properties en = load(FILES.get(0));
        assertFalse(en.isEmpty());
        for (String file : FILES) {
            Properties p = load(file);
            assertEquals(en.stringPropertyNames(), p.stringPropertyNames(), file);
            for (String key : p.stringPropertyNames()) {
                assertTrue(key.startsWith(Labels.PREFIX), key);
                assertFalse(p.getProperty(key).isBlank(), file + " " + key);
            }
        }
    }

    @Test
    void bundles_areAsciiSoEveryLoaderReadsTheSameText() throws IOException {
        for (String file : FILES) {
            try (InputStream in = resource(file)) {
                byte[] bytes = in.readAllBytes();
                for (byte b : bytes) {
                    assertTrue(b >= 0, file + " has a non-ASCII byte; use \\uXXXX escapes");
                }
                Properties latin1 = new Properties();
                latin1.load(new java.io.ByteArrayInputStream(bytes));
                PropertyResourceBundle utf8 = new PropertyResourceBundle(new java.io.ByteArrayInputStream(bytes));
                for (String key : latin1.stringPropertyNames()) {
                    assertEquals(latin1.getProperty(key), utf8.getString(key));
                }
            }
        }
    }

    @Test
    void bundles_arabicAndPersianAreTranslated() throws IOException {
        for (String file : FILES.subList(1, 3)) {
            Properties p = load(file);
            long translated = p.stringPropertyNames().stream()
                    .filter(k -> ARABIC_LETTER.matcher(p.getProperty(k)).find()).count();
            // Only abbreviations such as "CSAT" inside labels stay Latin; every value has Arabic script.
            assertEquals(p.size(), translated, file);
        }
        assertEquals("نقشه سفر مشتری", Labels.forLanguage("fa").get("journey-map.label"));
    }

    @Test
    void bundles_coverEveryEnumTheViewLabels() {
        for (String lang : Labels.LANGUAGES) {
            Labels l = Labels.forLanguage(lang);
            for (LaneType t : LaneType.values()) {
                assertFalse(l.get("lane", t).startsWith("lane."), lang + " " + t);
            }
            for (Severity s : Severity.values()) {
                assertFalse(l.get("severity", s).startsWith("severity."));
            }
            for (Channel c : Channel.values()) {
                assertFalse(l.get("channel", c).startsWith("channel."));
            }
            for (MetricName m : MetricName.values()) {
                assertFalse(l.get("metric", m).startsWith("metric."));
            }
            for (EvidenceKind k : EvidenceKind.values()) {
                assertFalse(l.get("evidence", k).startsWith("evidence."));
            }
            for (String key : List.of("journey-map.label", "journey-map.desc", "journey-map.param.template.label",
                    "editor.add-stage", "editor.saving", "editor.offline")) {
                assertNotNull(l.get(key));
                assertFalse(l.get(key).equals(key), lang + " " + key);
            }
        }
    }

    @Test
    void labels_fallBackToEnglishForUnknownLanguages() {
        assertEquals("en", Labels.normalise("de_DE"));
        assertEquals("ar", Labels.normalise("AR-sa"));
        assertEquals("Journey map", Labels.forLanguage(null).get("journey-map.label"));
        assertEquals("Saving…", Labels.forLanguage("en").get("editor.saving").toLowerCase(Locale.ROOT)
                .replace("saving", "Saving"));
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = resource(file)) {
            p.load(in);
        }
        return p;
    }

    private static InputStream resource(String file) {
        InputStream in = I18nBundlesTest.class.getClassLoader().getResourceAsStream(file);
        assertNotNull(in, file);
        return in;
    }
}
