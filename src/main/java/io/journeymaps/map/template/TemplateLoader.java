package io.journeymaps.map.template;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.Channel;
import io.journeymaps.map.model.ColourTag;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.EvidenceKind;
import io.journeymaps.map.model.Frequency;
import io.journeymaps.map.model.JourneyType;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.Limits;
import io.journeymaps.map.model.MetricName;
import io.journeymaps.map.model.SalesCycle;
import io.journeymaps.map.model.Severity;

/**
 * Reads the built-in templates from the classpath and checks them against the model's rules, so
 * a broken resource fails at start-up (and in tests), never when a user inserts a map.
 */
final class TemplateLoader {
    static final String FOLDER = "journey-templates/";
    static final List<String> LANGUAGES = List.of("en", "ar", "fa");

    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,36}");
    private final ObjectMapper json = new ObjectMapper();

    List<TemplateDefinition> loadAll() {
        JsonNode index = read(FOLDER + "index.json");
        List<TemplateDefinition> all = new ArrayList<>();
        for (JsonNode id : index.path("templates")) {
            all.add(load(id.asText()));
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("no built-in templates listed in " + FOLDER + "index.json");
        }
        return List.copyOf(all);
    }

    TemplateDefinition load(String id) {
        String where = FOLDER + id + ".json";
        JsonNode root = read(where);
        try {
            return parse(root);
        } catch (RuntimeException e) {
            throw new IllegalStateException("invalid template " + where + ": " + e.getMessage(), e);
        }
    }

    private JsonNode read(String resource) {
        try (InputStream in = TemplateLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private TemplateDefinition parse(JsonNode root) {
        String id = requireKey(root, "id");
        List<TemplateDefinition.LaneDef> lanes = new ArrayList<>();
        Map<String, LaneType> laneTypes = new LinkedHashMap<>();
        for (JsonNode lane : root.path("lanes")) {
            String key = requireKey(lane, "key");
            LaneType type = LaneType.valueOf(lane.path("type").asText());
            if (laneTypes.put(key, type) != null) {
                throw new IllegalArgumentException("duplicate lane key " + key);
            }
            lanes.add(new TemplateDefinition.LaneDef(key, type, localized(lane.path("name"), Limits.NAME)));
        }
        check(!lanes.isEmpty() && lanes.size() <= Limits.LANES_PER_MAP, "lane count " + lanes.size());

        List<TemplateDefinition.StageDef> stages = new ArrayList<>();
        Set<String> stepKeys = new HashSet<>();
        for (JsonNode stage : root.path("stages")) {
            List<TemplateDefinition.StepDef> steps = new ArrayList<>();
            for (JsonNode step : stage.path("steps")) {
                String key = requireKey(step, "key");
                check(stepKeys.add(key), "duplicate step key " + key);
                steps.add(new TemplateDefinition.StepDef(key, localized(step.path("name"), Limits.NAME)));
            }
            check(steps.size() >= 1 && steps.size() <= 3, "a stage needs 1 to 3 steps, has " + steps.size());
            stages.add(new TemplateDefinition.StageDef(localized(stage.path("name"), Limits.NAME), steps));
        }
        check(!stages.isEmpty() && stepKeys.size() <= Limits.STEPS_PER_MAP, "step count " + stepKeys.size());

        List<TemplateDefinition.CardDef> cards = new ArrayList<>();
        for (JsonNode card : root.path("cards")) {
            String laneKey = card.path("lane").asText();
            String stepKey = card.path("step").asText();
            LaneType type = laneTypes.get(laneKey);
            check(type != null, "card in unknown lane " + laneKey);
            check(type.holdsCards(), "card in lane " + laneKey + " which holds no cards");
            check(stepKeys.contains(stepKey), "card in unknown step " + stepKey);
            cards.add(new TemplateDefinition.CardDef(laneKey, stepKey, localized(card.path("text"), Limits.CARD_TEXT),
                    fields(card.path("fields"), type)));
        }
        check(cards.size() <= Limits.CARDS_PER_MAP, "too many cards");

        Map<String, Integer> emotions = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> scores = root.path("emotions").fields();
        while (scores.hasNext()) {
            Map.Entry<String, JsonNode> e = scores.next();
            check(stepKeys.contains(e.getKey()), "emotion for unknown step " + e.getKey());
            int score = e.getValue().asInt();
            check(e.getValue().isInt() && score >= EmotionScore.MIN && score <= EmotionScore.MAX,
                    "emotion score out of range at " + e.getKey());
            emotions.put(e.getKey(), score);
        }

        return new TemplateDefinition(id, JourneyType.valueOf(root.path("journeyType").asText()),
                SalesCycle.valueOf(root.path("salesCycle").asText("UNKNOWN")),
                localized(root.path("name"), Limits.NAME), localized(root.path("description"), Limits.CARD_TEXT),
                localized(root.path("goal"), Limits.CARD_TEXT), lanes, stages, cards, emotions);
    }

    private Map<CardField, Object> fields(JsonNode node, LaneType lane) {
        Map<CardField, Object> fields = new EnumMap<>(CardField.class);
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            CardField field = CardField.byWireName(e.getKey())
                    .orElseThrow(() -> new IllegalArgumentException("unknown card field " + e.getKey()));
            check(field != CardField.TEXT, "text belongs outside fields");
            check(lane.accepts(field), "lane " + lane + " does not take field " + field.wireName());
            fields.put(field, value(field, e.getValue()));
        }
        return fields;
    }

    private Object value(CardField field, JsonNode v) {
        return switch (field) {
            case SEVERITY -> Severity.valueOf(v.asText());
            case FREQUENCY -> Frequency.valueOf(v.asText());
            case CHANNEL -> Channel.valueOf(v.asText());
            case METRIC_NAME -> MetricName.valueOf(v.asText());
            case EVIDENCE_KIND -> EvidenceKind.valueOf(v.asText());
            case COLOUR -> ColourTag.valueOf(v.asText());
            case MOMENT_THAT_MATTERS -> {
                check(v.isBoolean(), field.wireName() + " must be a boolean");
                yield v.booleanValue();
            }
            case FEASIBLE, VIABLE, DESIRABLE -> {
                check(v.isInt() && v.intValue() >= 1 && v.intValue() <= 5, field.wireName() + " must be 1 to 5");
                yield v.intValue();
            }
            case EVIDENCE_COUNT -> {
                check(v.isInt() && v.intValue() >= 0, field.wireName() + " must be a count");
                yield v.intValue();
            }
            case METRIC_TARGET, METRIC_ACTUAL -> {
                check(v.isNumber(), field.wireName() + " must be a number");
                yield v.doubleValue();
            }
            default -> v.isObject() ? localized(v, Limits.NAME) : plainText(field, v);
        };
    }

    private static String plainText(CardField field, JsonNode v) {
        check(v.isTextual() && !v.asText().isBlank() && v.asText().length() <= Limits.NAME,
                field.wireName() + " must be a short text");
        return v.asText();
    }

    private static Localized localized(JsonNode node, int maxLength) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String text = node.path(language).asText("");
            check(!text.isBlank(), "missing " + language + " text");
            check(text.length() <= maxLength, "text longer than " + maxLength + ": " + text);
            texts.put(language, text);
        }
        return new Localized(texts);
    }

    private static String requireKey(JsonNode node, String name) {
        String key = node.path(name).asText("");
        check(KEY.matcher(key).matches(), "bad " + name + " '" + key + "'");
        return key;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
