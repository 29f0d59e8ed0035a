package io.journeymaps.map.model;

/** An item in one cell (step × lane). Order within a cell is the order of the map's card list. */
public record Card(String id, String laneId, String stepId, CardDetails details) {
    public String text() {
        return details.text();
    }

    public Card withDetails(CardDetails newDetails) {
        return new Card(id, laneId, stepId, newDetails);
    }

    public Card inCell(String newLaneId, String newStepId) {
        return new Card(id, newLaneId, newStepId, details);
    }
}
