package io.journeymaps.map.operation;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.Channel;
import io.journeymaps.map.model.ColourTag;
import io.journeymaps.map.model.EvidenceKind;
import io.journeymaps.map.model.Frequency;
import io.journeymaps.map.model.Limits;
import io.journeymaps.map.model.MetricName;
import io.journeymaps.map.model.Severity;

/**
 * The Java type and the allowed values of every card field. Long free text (the card text, an
 * evidence quote or source link) may have {@link Limits#CARD_TEXT} characters; short labels
 * (owner, actor, metric unit and source) {@link Limits#NAME}.
 */
public final class CardFieldRules {
    public static final int SCORE_MIN = 1;
    public static final int SCORE_MAX = 5;

    private CardFieldRules() {
    }

    /** The Java type a field's value has in {@link io.journeymaps.map.model.CardDetails}. */
    public static Class<?> javaType(CardField f) {
        return switch (f) {
            case TEXT, OWNER, ACTOR, METRIC_UNIT, METRIC_SOURCE, EVIDENCE_SOURCE, EVIDENCE_QUOTE -> String.class;
            case MOMENT_THAT_MATTERS -> Boolean.class;
            case COLOUR -> ColourTag.class;
            case SEVERITY -> Severity.class;
            case FREQUENCY -> Frequency.class;
            case FEASIBLE, VIABLE, DESIRABLE, EVIDENCE_COUNT -> Integer.class;
            case CHANNEL -> Channel.class;
            case METRIC_NAME -> MetricName.class;
            case METRIC_TARGET, METRIC_ACTUAL -> Double.class;
            case EVIDENCE_KIND -> EvidenceKind.class;
        };
    }

    /** Maximum length of a text field. */
    public static int maxLength(CardField f) {
        return switch (f) {
            case TEXT, EVIDENCE_QUOTE, EVIDENCE_SOURCE -> Limits.CARD_TEXT;
            default -> Limits.NAME;
        };
    }

    /** Why a non-null value is not allowed for the field, or null when it is fine. */
    public static String problem(CardField f, Object value) {
        Class<?> type = javaType(f);
        if (type.isEnum()) {
            return type.isInstance(value) ? null : "must be one of " + enumNames(type);
        }
        if (type == String.class) {
            if (!(value instanceof String s)) {
                return "must be a string";
            }
            int max = maxLength(f);
            return s.codePointCount(0, s.length()) > max ? "must have at most " + max + " characters" : null;
        }
        if (type == Boolean.class) {
            return value instanceof Boolean ? null : "must be true or false";
        }
        if (type == Integer.class) {
            if (!(value instanceof Integer i)) {
                return "must be an integer";
            }
            if (f == CardField.EVIDENCE_COUNT) {
                return i < 0 ? "must be 0 or more" : null;
            }
            return i < SCORE_MIN || i > SCORE_MAX ? "must be between " + SCORE_MIN + " and " + SCORE_MAX : null;
        }
        if (!(value instanceof Double d)) {
            return "must be a number";
        }
        return Double.isFinite(d) ? null : "must be a finite number";
    }

    public static String enumNames(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                .collect(Collectors.joining(", "));
    }
}
