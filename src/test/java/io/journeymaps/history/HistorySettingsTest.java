package io.journeymaps.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.journeymaps.history.model.RevisionKind;

class HistorySettingsTest {
    @Test
    void pause_isFiveMinutesUnlessTheSettingSaysOtherwise() {
        assertEquals(Duration.ofMinutes(5), HistorySettings.fromProperty(null));
        assertEquals(Duration.ofMinutes(5), HistorySettings.fromProperty(" "));
        assertEquals(Duration.ofSeconds(30), HistorySettings.fromProperty(" 30 "));
        assertEquals(Duration.ZERO, HistorySettings.fromProperty("0"));
        assertEquals(Duration.ofMinutes(5), HistorySettings.fromProperty("-1"));
        assertEquals(Duration.ofMinutes(5), HistorySettings.fromProperty("soon"));
    }

    @Test
    void storedKinds_readBack_andRowsWithoutAKindAreEdits() {
        assertEquals(RevisionKind.RESTORE, RevisionKind.parse("RESTORE"));
        assertEquals(RevisionKind.EDIT, RevisionKind.parse(null));
        assertEquals(RevisionKind.EDIT, RevisionKind.parse("SOMETHING_NEWER"));
    }
}
