package io.journeymaps.testsupport.browser;

import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;

/** Polling with messages that say what was awaited and what was seen last. */
public final class Waits {
    public static final Duration DEFAULT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 150;

    private Waits() {
    }

    /** True as soon as the condition holds; false after the timeout. Stale elements count as "not yet". */
    public static boolean quietly(Duration timeout, Supplier<Boolean> condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return true;
                }
            } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                // the editor re-rendered or has not rendered yet: look again
            }
            if (System.nanoTime() > end) {
                return false;
            }
            pause(POLL_MILLIS);
        }
    }

    /** Fails with "timed out after N s waiting for <what>; last seen: <state>" when the condition never holds. */
    public static void until(String what, Duration timeout, Supplier<Boolean> condition, Supplier<String> lastSeen) {
        if (!quietly(timeout, condition)) {
            String seen;
            try {
                seen = lastSeen.get();
            } catch (WebDriverException | IllegalStateException e) {
                seen = "(could not read: " + e.getMessage() + ")";
            }
            Assertions.fail("timed out after " + timeout.toSeconds() + " s waiting for " + what + "; last seen: " + seen);
        }
    }

    public static void until(String what, Supplier<Boolean> condition, Supplier<String> lastSeen) {
        until(what, DEFAULT, condition, lastSeen);
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
