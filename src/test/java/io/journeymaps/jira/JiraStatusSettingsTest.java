package io.journeymaps.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class JiraStatusSettingsTest {
    @Test
    void maxAge_isFiveMinutesUnlessConfigured() {
        assertEquals(Duration.ofMinutes(5), JiraStatusSettings.fromProperty(null));
        assertEquals(Duration.ofMinutes(5), JiraStatusSettings.fromProperty(" "));
        assertEquals(Duration.ofSeconds(90), JiraStatusSettings.fromProperty("90"));
        assertEquals(Duration.ZERO, JiraStatusSettings.fromProperty("0"));
    }

    @Test
    void maxAge_ignoresNonsense() {
        assertEquals(Duration.ofMinutes(5), JiraStatusSettings.fromProperty("-1"));
        assertEquals(Duration.ofMinutes(5), JiraStatusSettings.fromProperty("five"));
    }
}
