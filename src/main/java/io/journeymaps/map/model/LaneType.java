package io.journeymaps.map.model;

import java.util.EnumSet;
import java.util.Set;

/** A row of the map. The type decides which card fields apply and how cards render. */
public enum LaneType {
    ACTIONS, THOUGHTS, FEELINGS, EMOTION, TOUCHPOINTS, ONSTAGE, BACKSTAGE,
    PAIN_POINTS, OPPORTUNITIES, METRICS, OWNERS, EVIDENCE, TEXT;

    /** Card fields that cards of this lane may carry, beyond those every card has. */
    public Set<CardField> typedFields() {
        return switch (this) {
            case PAIN_POINTS -> EnumSet.of(CardField.SEVERITY, CardField.FREQUENCY);
            case OPPORTUNITIES -> EnumSet.of(CardField.FEASIBLE, CardField.VIABLE, CardField.DESIRABLE);
            case TOUCHPOINTS -> EnumSet.of(CardField.CHANNEL);
            case ONSTAGE, BACKSTAGE -> EnumSet.of(CardField.ACTOR);
            case METRICS -> EnumSet.of(CardField.METRIC_NAME, CardField.METRIC_UNIT, CardField.METRIC_TARGET,
                    CardField.METRIC_ACTUAL, CardField.METRIC_SOURCE);
            case EVIDENCE -> EnumSet.of(CardField.EVIDENCE_KIND, CardField.EVIDENCE_SOURCE,
                    CardField.EVIDENCE_QUOTE, CardField.EVIDENCE_COUNT);
            default -> EnumSet.noneOf(CardField.class);
        };
    }

    public boolean accepts(CardField field) {
        return field.common() || typedFields().contains(field);
    }

    /** The emotion lane holds scores per step and persona, not cards. */
    public boolean holdsCards() {
        return this != EMOTION;
    }

    /** Only these lanes' cards can be linked to Jira issues. */
    public boolean linksToJira() {
        return this == PAIN_POINTS || this == OPPORTUNITIES;
    }
}
