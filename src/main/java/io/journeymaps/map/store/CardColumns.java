package io.journeymaps.map.store;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.Channel;
import io.journeymaps.map.model.ColourTag;
import io.journeymaps.map.model.EvidenceKind;
import io.journeymaps.map.model.Frequency;
import io.journeymaps.map.model.MetricName;
import io.journeymaps.map.model.Severity;

/** Which CARD column holds which card field, with the field's Java type (enums are stored by name). */
final class CardColumns {
    record Column(CardField field, String name, Class<?> type, Function<CardEntity, Object> read) {
    }

    static final List<Column> ALL = List.of(
            new Column(CardField.TEXT, "CARD_TEXT", String.class, CardEntity::getCardText),
            new Column(CardField.MOMENT_THAT_MATTERS, "MOMENT_THAT_MATTERS", Boolean.class, CardEntity::getMomentThatMatters),
            new Column(CardField.OWNER, "CARD_OWNER", String.class, CardEntity::getCardOwner),
            new Column(CardField.COLOUR, "COLOUR", ColourTag.class, CardEntity::getColour),
            new Column(CardField.SEVERITY, "SEVERITY", Severity.class, CardEntity::getSeverity),
            new Column(CardField.FREQUENCY, "FREQUENCY", Frequency.class, CardEntity::getFrequency),
            new Column(CardField.FEASIBLE, "FEASIBLE", Integer.class, CardEntity::getFeasible),
            new Column(CardField.VIABLE, "VIABLE", Integer.class, CardEntity::getViable),
            new Column(CardField.DESIRABLE, "DESIRABLE", Integer.class, CardEntity::getDesirable),
            new Column(CardField.CHANNEL, "CHANNEL", Channel.class, CardEntity::getChannel),
            new Column(CardField.ACTOR, "ACTOR", String.class, CardEntity::getActor),
            new Column(CardField.METRIC_NAME, "METRIC_NAME", MetricName.class, CardEntity::getMetricName),
            new Column(CardField.METRIC_UNIT, "METRIC_UNIT", String.class, CardEntity::getMetricUnit),
            new Column(CardField.METRIC_TARGET, "METRIC_TARGET", Double.class, CardEntity::getMetricTarget),
            new Column(CardField.METRIC_ACTUAL, "METRIC_ACTUAL", Double.class, CardEntity::getMetricActual),
            new Column(CardField.METRIC_SOURCE, "METRIC_SOURCE", String.class, CardEntity::getMetricSource),
            new Column(CardField.EVIDENCE_KIND, "EVIDENCE_KIND", EvidenceKind.class, CardEntity::getEvidenceKind),
            new Column(CardField.EVIDENCE_SOURCE, "EVIDENCE_SOURCE", String.class, CardEntity::getEvidenceSource),
            new Column(CardField.EVIDENCE_QUOTE, "EVIDENCE_QUOTE", String.class, CardEntity::getEvidenceQuote),
            new Column(CardField.EVIDENCE_COUNT, "EVIDENCE_COUNT", Integer.class, CardEntity::getEvidenceCount));

    private CardColumns() {
    }

    /** The database values of every card field column (null where the field is absent or mistyped). */
    static Map<String, Object> toColumns(CardDetails details) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (Column c : ALL) {
            Object v = details.get(c.field());
            if (v != null && !c.type().isInstance(v)) {
                v = null;
            }
            columns.put(c.name(), v instanceof Enum<?> e ? e.name() : v);
        }
        return columns;
    }

    static CardDetails fromEntity(CardEntity e) {
        Map<CardField, Object> values = new EnumMap<>(CardField.class);
        for (Column c : ALL) {
            Object v = c.read().apply(e);
            if (v != null) {
                values.put(c.field(), c.type().isEnum() ? enumValue(c.type(), (String) v) : v);
            }
        }
        return CardDetails.of(values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
