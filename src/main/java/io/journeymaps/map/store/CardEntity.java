package io.journeymaps.map.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A card. LANE_ID and STEP_ID are element ids of its cell; SORT_ORDER is its position within that
 * cell. Every card field is its own typed column (enums by name), so the roll-up can query them.
 */
@Table("CARD")
@Preload({"MAP_ID", "ELEMENT_ID", "LANE_ID", "STEP_ID", "SORT_ORDER", "CARD_TEXT", "MOMENT_THAT_MATTERS",
        "CARD_OWNER", "COLOUR", "SEVERITY", "FREQUENCY", "FEASIBLE", "VIABLE", "DESIRABLE", "CHANNEL", "ACTOR",
        "METRIC_NAME", "METRIC_UNIT", "METRIC_TARGET", "METRIC_ACTUAL", "METRIC_SOURCE", "EVIDENCE_KIND",
        "EVIDENCE_SOURCE", "EVIDENCE_QUOTE", "EVIDENCE_COUNT"})
public interface CardEntity extends Entity {
    @Indexed
    long getMapId();
    void setMapId(long mapId);

    String getElementId();
    void setElementId(String elementId);

    String getLaneId();
    void setLaneId(String laneId);

    String getStepId();
    void setStepId(String stepId);

    int getSortOrder();
    void setSortOrder(int sortOrder);

    @StringLength(StringLength.UNLIMITED)
    String getCardText();
    void setCardText(String cardText);

    Boolean getMomentThatMatters();
    void setMomentThatMatters(Boolean momentThatMatters);

    String getCardOwner();
    void setCardOwner(String cardOwner);

    String getColour();
    void setColour(String colour);

    String getSeverity();
    void setSeverity(String severity);

    String getFrequency();
    void setFrequency(String frequency);

    Integer getFeasible();
    void setFeasible(Integer feasible);

    Integer getViable();
    void setViable(Integer viable);

    Integer getDesirable();
    void setDesirable(Integer desirable);

    String getChannel();
    void setChannel(String channel);

    String getActor();
    void setActor(String actor);

    String getMetricName();
    void setMetricName(String metricName);

    String getMetricUnit();
    void setMetricUnit(String metricUnit);

    Double getMetricTarget();
    void setMetricTarget(Double metricTarget);

    Double getMetricActual();
    void setMetricActual(Double metricActual);

    @StringLength(StringLength.UNLIMITED)
    String getMetricSource();
    void setMetricSource(String metricSource);

    String getEvidenceKind();
    void setEvidenceKind(String evidenceKind);

    @StringLength(StringLength.UNLIMITED)
    String getEvidenceSource();
    void setEvidenceSource(String evidenceSource);

    @StringLength(StringLength.UNLIMITED)
    String getEvidenceQuote();
    void setEvidenceQuote(String evidenceQuote);

    Integer getEvidenceCount();
    void setEvidenceCount(Integer evidenceCount);
}
