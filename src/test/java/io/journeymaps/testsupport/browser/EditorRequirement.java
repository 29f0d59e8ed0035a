package io.journeymaps.testsupport.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a browser test does when the live editor is not there: skip with the reason, or fail when
 * JOURNEYMAPS_REQUIRE_EDITOR=true (set once the editor is merged, so a broken editor cannot hide
 * behind skipped tests).
 */
public final class EditorRequirement {
    public static final String ENV = "JOURNEYMAPS_REQUIRE_EDITOR";

    private EditorRequirement() {
    }

    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv(ENV)) || Boolean.getBoolean("journeymaps.requireEditor");
    }

    /** Skips the test (or fails it when the editor is required) with the reason. */
    public static void notReady(String reason) {
        if (required()) {
            Assertions.fail("the live editor is required (" + ENV + "=true) but " + reason);
        }
        String message = "end-to-end editor test not run: " + reason;
        System.out.println(message);
        Assumptions.assumeTrue(false, message);
    }
}
