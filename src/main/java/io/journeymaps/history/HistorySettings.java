package io.journeymaps.history;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * How long an editing session may pause before the next edit starts a new revision: the system
 * property {@code journeymaps.history.pauseSeconds}, default 5 minutes.
 */
@Named
public class HistorySettings {
    public static final String PAUSE_PROPERTY = "journeymaps.history.pauseSeconds";
    public static final Duration DEFAULT_PAUSE = Duration.ofMinutes(5);

    private final Duration pause;

    @Inject
    public HistorySettings() {
        this(fromProperty(System.getProperty(PAUSE_PROPERTY)));
    }

    HistorySettings(Duration pause) {
        this.pause = pause;
    }

    /** For tests and tools that set the pause directly. */
    public static HistorySettings withPause(Duration pause) {
        return new HistorySettings(pause);
    }

    public Duration pause() {
        return pause;
    }

    static Duration fromProperty(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PAUSE;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds >= 0 ? Duration.ofSeconds(seconds) : DEFAULT_PAUSE;
        } catch (NumberFormatException e) {
            return DEFAULT_PAUSE;
        }
    }
}
