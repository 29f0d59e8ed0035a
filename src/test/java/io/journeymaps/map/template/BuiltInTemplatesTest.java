package io.journeymaps.map.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.Direction;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.Limits;
import io.journeymaps.map.model.Severity;
import io.journeymaps.map.model.Stage;

class BuiltInTemplatesTest {
    private static final Pattern ID = Pattern.compile(Limits.ELEMENT_ID_PATTERN);
    private static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0600-\\u06FF]");
    private static final List<String> EXPECTED = List.of("awareness-to-advocacy", "reach-engage-nurture-convert-support", "pre-purchase-purchase-post-purchase",
            "saas-onboarding", "support-problem-resolution", "buying-a-car");

    private final BuiltInTemplates catalog = new BuiltInTemplates();

    @Test
    void list_hasTheSixTemplatesOfTheProductInEveryLanguage() {
        assertEquals(Set.of("en", "ar", "fa"), catalog.languages());
        for (String lang : catalog.languages()) {
            List<TemplateInfo> infos = catalog.list(lang);
            assertEquals(EXPECTED, infos.stream().map(TemplateInfo::id).toList());
            infos.forEach(i -> {
                assertEquals(lang, i.language());
                assertFalse(i.name().isBlank());
                assertFalse(i.description().isBlank());
            });
        }
        assertEquals("Awareness → Consideration → Purchase → Retention → Advocacy", catalog.list("en").get(0).name());
    }

    @Test
    void list_unknownLanguageFallsBackToEnglish() {
        assertEquals(catalog.list("en"), catalog.list("de"));
        assertEquals("fa", catalog.list("fa_IR").get(0).language());
    }

    @Test
    void instantiate_everyLanguageHasTheSameStructure() {
        for (String id : EXPECTED) {
            JourneyMap en = instantiate(id, "en");
            for (String lang : List.of("ar", "fa")) {
                JourneyMap other = instantiate(id, lang);
                assertEquals(en.stages().size(), other.stages().size(), id);
                for (int i = 0; i < en.stages().size(); i++) {
                    assertEquals(en.stages().get(i).steps().size(), other.stages().get(i).steps().size(), id);
                }
                assertEquals(en.lanes().stream().map(Lane::type).toList(),
                        other.lanes().stream().map(Lane::type).toList(), id);
                assertEquals(en.cards().size(), other.cards().size(), id);
                assertEquals(en.emotions().size(), other.emotions().size(), id);
            }
        }
    }

    @Test
    void instantiate_arabicAndPersianTextsAreInArabicScriptAndRightToLeft() {
        for (String id : EXPECTED) {
            for (String lang : List.of("ar", "fa")) {
                JourneyMap map = instantiate(id, lang);
                assertEquals(Direction.RTL, map.header().direction());
                assertEquals(lang, map.header().language());
                for (String text : texts(map)) {
                    assertTrue(ARABIC_LETTER.matcher(text).find(), id + "/" + lang + ": " + text);
                }
            }
            assertEquals(Direction.LTR, instantiate(id, "en").header().direction());
        }
    }

    @Test
    void instantiate_textsAreNonBlankAndWithinLimits() {
        for (String id : EXPECTED) {
            for (String lang : catalog.languages()) {
                JourneyMap map = instantiate(id, lang);
                for (String text : texts(map)) {
                    assertFalse(text.isBlank(), id + "/" + lang);
                }
                map.stages().forEach(s -> {
                    assertTrue(s.steps().size() >= 1 && s.steps().size() <= 3, id);
                    assertTrue(s.name().length() <= Limits.NAME);
                });
                map.lanes().forEach(l -> assertTrue(l.name().length() <= Limits.NAME));
                map.cards().forEach(c -> assertTrue(c.text().length() <= Limits.CARD_TEXT));
                assertTrue(map.steps().count() <= Limits.STEPS_PER_MAP);
                assertTrue(map.lanes().size() <= Limits.LANES_PER_MAP);
                map.cards().forEach(c -> {
                    Lane lane = map.lane(c.laneId()).orElseThrow();
                    assertTrue(lane.type().holdsCards());
                    assertTrue(map.step(c.stepId()).isPresent());
                    c.details().asMap().keySet().forEach(f -> assertTrue(lane.type().accepts(f), f + " in " + lane));
                });
                map.emotions().forEach(e -> assertTrue(e.score() >= -2 && e.score() <= 2));
            }
        }
    }

    @Test
    void instantiate_everyTemplateShowsTheTypedFields() {
        for (String id : EXPECTED) {
            JourneyMap map = instantiate(id, "en");
            assertTrue(map.lanes().stream().anyMatch(l -> l.type() == LaneType.EMOTION), id);
            assertTrue(hasCard(map, LaneType.PAIN_POINTS, CardField.SEVERITY), id);
            assertTrue(hasCard(map, LaneType.OPPORTUNITIES, CardField.FEASIBLE), id);
            assertTrue(hasCard(map, LaneType.TOUCHPOINTS, CardField.CHANNEL), id);
            assertTrue(hasCard(map, LaneType.METRICS, CardField.METRIC_NAME), id);
            assertTrue(map.cards().stream().anyMatch(c -> c.details().momentThatMatters()), id);
        }
        Card pain = instantiate("awareness-to-advocacy", "en").cards().stream()
                .filter(c -> c.details().get(CardField.SEVERITY) != null).findFirst().orElseThrow();
        assertEquals(Severity.HIGH, pain.details().enumValue(CardField.SEVERITY, Severity.class));
        assertNotNull(instantiate("support-problem-resolution", "fa").cards().stream()
                .filter(c -> c.details().intValue(CardField.EVIDENCE_COUNT) != null).findFirst().orElse(null));
    }

    @Test
    void instantiate_givesFreshValidIdsEachCall() {
        JourneyMap first = instantiate("buying-a-car", "en");
        JourneyMap second = instantiate("buying-a-car", "en");
        List<String> a = ids(first);
        List<String> b = ids(second);
        a.forEach(id -> assertTrue(ID.matcher(id).matches(), id));
        assertEquals(a.size(), new HashSet<>(a).size(), "ids unique within a map");
        Set<String> overlap = new HashSet<>(a);
        overlap.retainAll(b);
        assertTrue(overlap.isEmpty(), "ids shared between two instantiations: " + overlap);
    }

    @Test
    void instantiate_setsHeaderFromArguments() {
        JourneyMap map = catalog.instantiate("saas-onboarding", "ar", 42L, "DOCS", "mk-1", " Our onboarding ")
                .orElseThrow();
        assertEquals(0L, map.id());
        assertEquals(0L, map.version());
        assertEquals(42L, map.header().pageId());
        assertEquals("DOCS", map.header().spaceKey());
        assertEquals("mk-1", map.header().macroKey());
        assertEquals("Our onboarding", map.header().title());
        assertEquals("saas-onboarding", map.header().templateId());
        JourneyMap untitled = catalog.instantiate("saas-onboarding", "en", 1L, "D", "k", null).orElseThrow();
        assertEquals("SaaS onboarding", untitled.header().title());
    }

    @Test
    void instantiate_unknownTemplateIsEmpty() {
        assertTrue(catalog.instantiate("nope", "en", 1L, "D", "k", "t").isEmpty());
    }

    private JourneyMap instantiate(String id, String lang) {
        return catalog.instantiate(id, lang, 7L, "SPACE", "key", null).orElseThrow();
    }

    private static boolean hasCard(JourneyMap map, LaneType type, CardField field) {
        return map.cards().stream().anyMatch(c -> map.lane(c.laneId()).orElseThrow().type() == type
                && c.details().get(field) != null);
    }

    private static List<String> texts(JourneyMap map) {
        List<String> texts = new ArrayList<>();
        texts.add(map.header().title());
        texts.add(map.header().goal());
        map.stages().forEach(s -> {
            texts.add(s.name());
            s.steps().forEach(st -> texts.add(st.name()));
        });
        map.lanes().forEach(l -> texts.add(l.name()));
        map.cards().forEach(c -> {
            texts.add(c.text());
            Stream.of(CardField.ACTOR, CardField.EVIDENCE_QUOTE)
                    .map(f -> c.details().stringValue(f)).filter(v -> v != null).forEach(texts::add);
        });
        return texts;
    }

    private static List<String> ids(JourneyMap map) {
        List<String> ids = new ArrayList<>();
        for (Stage s : map.stages()) {
            ids.add(s.id());
            s.steps().forEach(st -> ids.add(st.id()));
        }
        map.lanes().forEach(l -> ids.add(l.id()));
        map.cards().forEach(c -> ids.add(c.id()));
        return ids;
    }
}
