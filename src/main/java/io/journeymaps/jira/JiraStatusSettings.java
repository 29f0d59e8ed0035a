package io.journeymaps.jira;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * How old cached issue statuses may get before a refresh asks Jira again: the system property
 * {@code journeymaps.jira.statusMaxAgeSeconds}, default 5 minutes.
 */
@Named
public class JiraStatusSettings {
    public static final String MAX_AGE_PROPERTY = "journeymaps.jira.statusMaxAgeSeconds";
    public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(5);

    private final Duration maxAge;

    @Inject
    public JiraStatusSettings() {
        this(fromProperty(System.getProperty(MAX_AGE_PROPERTY)));
    }

    JiraStatusSettings(Duration maxAge) {
        this.maxAge = maxAge;
    }

    public Duration maxAge() {
        return maxAge;
    }

    static Duration fromProperty(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_AGE;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds >= 0 ? Duration.ofSeconds(seconds) : DEFAULT_MAX_AGE;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_AGE;
        }
    }
}
