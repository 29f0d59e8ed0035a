package io.journeymaps.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.journeymaps.history.model.RevisionKind;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Stage;

/**
 * The one-line English summary of a revision: "3 cards edited in Purchase", "Stage “Support” added",
 * "2 cards added, 1 card deleted", "Restored version 5", "Map created from template “SaaS onboarding”".
 * Edits are summed up from the session's net changes and the map as it is after them.
 */
final class ChangeSummary {
    /** The REVISION.SUMMARY column's length (AO's portable maximum). */
    static final int MAX_LENGTH = 450;
    private static final int MAX_NAME = 60;

    private ChangeSummary() {
    }

    static String of(RevisionKind kind, String detail, SessionChanges session, JourneyMap after) {
        String text = switch (kind) {
            case CREATE -> detail == null ? "Map created as a copy of another page's map"
                    : "Map created from template " + quoted(detail);
            case RESTORE -> "Restored version " + detail;
            case IMPORT -> detail == null ? "Map imported" : "Map imported from " + quoted(detail);
            case TEMPLATE -> "Template " + quoted(detail == null ? "" : detail) + " applied";
            case EDIT -> edits(session, after);
        };
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    static String edits(SessionChanges s, JourneyMap after) {
        List<String> parts = new ArrayList<>();
        structure(parts, "Stage", "stages", s.group("stages"), id -> after.stage(id).map(Stage::name));
        structure(parts, "Step", "steps", s.group("steps"), id -> after.step(id).map(x -> x.name()));
        structure(parts, "Lane", "lanes", s.group("lanes"), id -> after.lane(id).map(x -> x.name()));
        SessionChanges.Group cards = s.group("cards");
        if (!cards.added.isEmpty()) {
            parts.add(count(cards.added.size(), "card") + " added" + in(cards.added, after));
        }
        if (!cards.removed.isEmpty()) {
            parts.add(count(cards.removed.size(), "card") + " deleted");
        }
        if (!cards.changed.isEmpty()) {
            parts.add(count(cards.changed.size(), "card") + " edited" + in(cards.changed, after));
        }
        Set<String> links = s.linkCards();
        if (!links.isEmpty()) {
            parts.add("Jira links changed on " + count(links.size(), "card"));
        }
        if (s.details()) {
            parts.add("Map details edited");
        }
        if (s.emotions()) {
            parts.add("Emotion curve edited");
        }
        if (s.personas()) {
            parts.add("Personas changed");
        }
        if (parts.isEmpty()) {
            return "No changes";
        }
        StringBuilder sb = new StringBuilder(parts.get(0));
        for (String p : parts.subList(1, parts.size())) {
            sb.append(", ").append(p.startsWith("Jira") ? p : Character.toLowerCase(p.charAt(0)) + p.substring(1));
        }
        return sb.toString();
    }

    private static void structure(List<String> parts, String noun, String plural, SessionChanges.Group g,
                                  java.util.function.Function<String, Optional<String>> nameNow) {
        if (!g.added.isEmpty()) {
            parts.add(g.added.size() == 1 ? noun + " " + quoted(nameNow.apply(g.added.iterator().next()).orElse("")) + " added"
                    : g.added.size() + " " + plural + " added");
        }
        if (!g.removed.isEmpty()) {
            parts.add(g.removed.size() == 1 ? noun + " " + quoted(g.removed.values().iterator().next()) + " deleted"
                    : g.removed.size() + " " + plural + " deleted");
        }
        if (!g.changed.isEmpty()) {
            parts.add(g.changed.size() == 1 ? noun + " " + quoted(nameNow.apply(g.changed.iterator().next()).orElse("")) + " edited"
                    : g.changed.size() + " " + plural + " edited");
        }
    }

    /** " in <stage>" when every one of the cards is now in one stage. */
    private static String in(Collection<String> cardIds, JourneyMap after) {
        Set<String> stages = cardIds.stream()
                .map(id -> after.card(id).flatMap(c -> after.stageOfStep(c.stepId())).map(Stage::name).orElse(null))
                .collect(Collectors.toSet());
        return stages.size() == 1 && !stages.contains(null) ? " in " + shortened(stages.iterator().next()) : "";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String quoted(String name) {
        return "“" + shortened(name) + "”";
    }

    private static String shortened(String name) {
        String oneLine = name.replaceAll("\\s+", " ").strip();
        return oneLine.codePointCount(0, oneLine.length()) <= MAX_NAME ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX_NAME - 1)) + "…";
    }
}
