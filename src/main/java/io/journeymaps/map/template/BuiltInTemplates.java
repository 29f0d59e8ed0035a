package io.journeymaps.map.template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.Direction;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.model.MapState;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;

/**
 * The built-in templates of product.md §3 in English, Arabic and Persian. The JSON resources are
 * read and checked once, when the component is created; every map made from them gets fresh ids.
 */
@Named
public class BuiltInTemplates implements TemplateCatalog {
    private static final String DEFAULT_LANGUAGE = "en";
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "fa");

    private final List<TemplateDefinition> templates;

    @Inject
    public BuiltInTemplates() {
        this.templates = new TemplateLoader().loadAll();
    }

    @Override
    public Set<String> languages() {
        return Set.copyOf(TemplateLoader.LANGUAGES);
    }

    @Override
    public List<TemplateInfo> list(String language) {
        String lang = supported(language);
        return templates.stream()
                .map(t -> new TemplateInfo(t.id(), lang, t.name().in(lang), t.description().in(lang), t.journeyType(),
                        t.stages().size(), t.stepCount(), t.lanes().size()))
                .toList();
    }

    @Override
    public Optional<JourneyMap> instantiate(String templateId, String language, long pageId, String spaceKey,
                                            String macroKey, String title) {
        String lang = supported(language);
        return templates.stream().filter(t -> t.id().equals(templateId)).findFirst()
                .map(t -> build(t, lang, pageId, spaceKey, macroKey, title));
    }

    private JourneyMap build(TemplateDefinition t, String lang, long pageId, String spaceKey, String macroKey,
                             String title) {
        Map<String, String> laneIds = new HashMap<>();
        List<Lane> lanes = new ArrayList<>();
        for (TemplateDefinition.LaneDef lane : t.lanes()) {
            String id = ElementIds.next();
            laneIds.put(lane.key(), id);
            lanes.add(new Lane(id, lane.type(), lane.name().in(lang), false));
        }
        Map<String, String> stepIds = new HashMap<>();
        List<Stage> stages = new ArrayList<>();
        for (TemplateDefinition.StageDef stage : t.stages()) {
            List<Step> steps = new ArrayList<>();
            for (TemplateDefinition.StepDef step : stage.steps()) {
                String id = ElementIds.next();
                stepIds.put(step.key(), id);
                steps.add(new Step(id, step.name().in(lang), false));
            }
            stages.add(new Stage(ElementIds.next(), stage.name().in(lang), false, steps));
        }
        List<Card> cards = t.cards().stream()
                .map(c -> new Card(ElementIds.next(), laneIds.get(c.laneKey()), stepIds.get(c.stepKey()),
                        details(c, lang)))
                .toList();
        List<EmotionScore> emotions = t.emotions().entrySet().stream()
                .map(e -> new EmotionScore(stepIds.get(e.getKey()), null, e.getValue()))
                .toList();
        String mapTitle = title == null || title.isBlank() ? t.name().in(lang) : title.strip();
        Instant now = Instant.now();
        MapHeader header = new MapHeader(pageId, spaceKey, macroKey, mapTitle, t.goal().in(lang), t.journeyType(),
                MapState.CURRENT, null, t.salesCycle(), null,
                RTL_LANGUAGES.contains(lang) ? Direction.RTL : Direction.LTR, lang, t.id(), 0L, now, now);
        return new JourneyMap(0L, header, stages, lanes, cards, emotions, List.of(), List.of());
    }

    private static CardDetails details(TemplateDefinition.CardDef card, String lang) {
        Map<CardField, Object> values = new EnumMap<>(CardField.class);
        values.put(CardField.TEXT, card.text().in(lang));
        card.fields().forEach((field, value) -> values.put(field, value instanceof Localized l ? l.in(lang) : value));
        return CardDetails.of(values);
    }

    /** "fa_IR", "ar-SA" and "AR" all select their language; anything else falls back to English. */
    static String supported(String language) {
        if (language == null) {
            return DEFAULT_LANGUAGE;
        }
        String lang = language.strip().toLowerCase(Locale.ROOT);
        int cut = lang.indexOf('_') >= 0 ? lang.indexOf('_') : lang.indexOf('-');
        if (cut >= 0) {
            lang = lang.substring(0, cut);
        }
        return TemplateLoader.LANGUAGES.contains(lang) ? lang : DEFAULT_LANGUAGE;
    }
}
