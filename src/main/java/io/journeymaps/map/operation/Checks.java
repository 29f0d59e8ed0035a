package io.journeymaps.map.operation;

import java.util.regex.Pattern;

import io.journeymaps.common.InvalidInputException;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.Limits;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;

/** The validations operations share; each failure names the field path and says why. */
final class Checks {
    private static final Pattern ELEMENT_ID = Pattern.compile(Limits.ELEMENT_ID_PATTERN);

    private Checks() {
    }

    static InvalidInputException fail(String path, String reason) {
        return new InvalidInputException(path, reason);
    }

    static String id(String path, String id) {
        if (id == null) {
            throw fail(path, "is required");
        }
        if (!ELEMENT_ID.matcher(id).matches()) {
            throw fail(path, "must be 1 to 36 letters, digits, '-' or '_'");
        }
        return id;
    }

    /** A well-formed id that no stage, step, lane or card of the map uses yet. */
    static String newId(JourneyMap map, String path, String id) {
        id(path, id);
        boolean used = map.stage(id).isPresent() || map.step(id).isPresent() || map.lane(id).isPresent()
                || map.card(id).isPresent();
        if (used) {
            throw fail(path, "is already used in this map");
        }
        return id;
    }

    /** A trimmed, non-blank name of at most {@link Limits#NAME} characters. */
    static String name(String path, String name) {
        return text(path, name, Limits.NAME);
    }

    static String text(String path, String value, int max) {
        if (value == null) {
            throw fail(path, "is required");
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw fail(path, "must not be blank");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw fail(path, "must have at most " + max + " characters");
        }
        return trimmed;
    }

    /** An insertion index in 0..max; with {@code clamp} (a rebased batch) out-of-range positions are pulled in. */
    static int index(String path, int index, int max, boolean clamp) {
        if (index >= 0 && index <= max) {
            return index;
        }
        if (clamp) {
            return Math.max(0, Math.min(index, max));
        }
        throw fail(path, max == 0 ? "must be 0" : "must be between 0 and " + max);
    }

    static Stage stage(JourneyMap map, String path, String id) {
        id(path, id);
        return map.stage(id).orElseThrow(() -> fail(path, "no stage with this id in this map"));
    }

    static Step step(JourneyMap map, String path, String id) {
        id(path, id);
        return map.step(id).orElseThrow(() -> fail(path, "no step with this id in this map"));
    }

    static Lane lane(JourneyMap map, String path, String id) {
        id(path, id);
        return map.lane(id).orElseThrow(() -> fail(path, "no lane with this id in this map"));
    }

    static Card card(JourneyMap map, String path, String id) {
        id(path, id);
        return map.card(id).orElseThrow(() -> fail(path, "no card with this id in this map"));
    }
}
