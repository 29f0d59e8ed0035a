package io.journeymaps.map.model;

/**
 * Every field a card can carry. The wire name (lower camel case) is what the REST API, the
 * editor and conflict reports use.
 */
public enum CardField {
    TEXT("text", true),
    MOMENT_THAT_MATTERS("momentThatMatters", true),
    OWNER("owner", true),
    COLOUR("colour", true),
    SEVERITY("severity", false),
    FREQUENCY("frequency", false),
    FEASIBLE("feasible", false),
    VIABLE("viable", false),
    DESIRABLE("desirable", false),
    CHANNEL("channel", false),
    ACTOR("actor", false),
    METRIC_NAME("metricName", false),
    METRIC_UNIT("metricUnit", false),
    METRIC_TARGET("metricTarget", false),
    METRIC_ACTUAL("metricActual", false),
    METRIC_SOURCE("metricSource", false),
    EVIDENCE_KIND("evidenceKind", false),
    EVIDENCE_SOURCE("evidenceSource", false),
    EVIDENCE_QUOTE("evidenceQuote", false),
    EVIDENCE_COUNT("evidenceCount", false);

    private final String wireName;
    private final boolean common;

    CardField(String wireName, boolean common) {
        this.wireName = wireName;
        this.common = common;
    }

    public String wireName() {
        return wireName;
    }

    /** True for fields every card has, whatever its lane. */
    public boolean common() {
        return common;
    }

    public static java.util.Optional<CardField> byWireName(String name) {
        for (CardField f : values()) {
            if (f.wireName.equals(name)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
