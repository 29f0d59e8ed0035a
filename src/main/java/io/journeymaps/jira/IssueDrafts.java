package io.journeymaps.jira;

import java.util.List;
import java.util.stream.Collectors;

import io.journeymaps.host.PageRef;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.Frequency;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.Severity;
import io.journeymaps.persona.model.Persona;

/**
 * Prefills an issue from a card: the card's first line as summary; its text, stage, step, personas,
 * severity and frequency (pain points) or scores (opportunities) and a link back to the page as a
 * description in Jira wiki markup. The recovery marker is added later, at create time.
 */
final class IssueDrafts {
    static final int SUMMARY_MAX = 255;

    private IssueDrafts() {
    }

    static IssueDraft draft(JourneyMap map, Card card, List<Persona> personas, PageRef page) {
        Lane lane = map.lane(card.laneId()).orElseThrow();
        String stage = map.stageOfStep(card.stepId()).map(s -> s.name()).orElse("");
        String step = map.step(card.stepId()).map(s -> s.name()).orElse("");
        String text = card.text().strip();
        String firstLine = text.lines().findFirst().orElse("").strip();
        String summary = firstLine.isEmpty() ? kind(lane.type()) + " in " + step : firstLine;
        StringBuilder d = new StringBuilder();
        if (!text.isEmpty()) {
            d.append(text).append("\n\n");
        }
        d.append("*").append(kind(lane.type())).append("* from the journey map ").append(quoted(map.header().title()))
                .append(" on [").append(escape(page.title())).append("|").append(page.url()).append("]\n");
        d.append("*Stage:* ").append(stage).append(" · *Step:* ").append(step).append("\n");
        if (!personas.isEmpty()) {
            d.append("*Personas:* ").append(personas.stream().map(Persona::name).collect(Collectors.joining(", "))).append("\n");
        }
        CardDetails details = card.details();
        if (lane.type() == LaneType.PAIN_POINTS) {
            Severity severity = details.enumValue(CardField.SEVERITY, Severity.class);
            Frequency frequency = details.enumValue(CardField.FREQUENCY, Frequency.class);
            if (severity != null) {
                d.append("*Severity:* ").append(words(severity)).append("\n");
            }
            if (frequency != null) {
                d.append("*Frequency:* ").append(words(frequency)).append("\n");
            }
        } else if (lane.type() == LaneType.OPPORTUNITIES) {
            Integer f = details.intValue(CardField.FEASIBLE);
            Integer v = details.intValue(CardField.VIABLE);
            Integer s = details.intValue(CardField.DESIRABLE);
            if (f != null || v != null || s != null) {
                d.append("*Scores:* feasible ").append(dash(f)).append(", viable ").append(dash(v))
                        .append(", desirable ").append(dash(s));
                Integer priority = details.opportunityPriority();
                if (priority != null) {
                    d.append(" (priority ").append(priority).append(" of 15)");
                }
                d.append("\n");
            }
        }
        return new IssueDraft(cut(summary), d.toString().strip());
    }

    /** The description as sent: the user's text and the marker line that finds the issue again. */
    static String withMarker(String description, String marker) {
        String body = description == null ? "" : description.strip();
        return (body.isEmpty() ? "" : body + "\n\n") + "Journey Maps reference: " + marker;
    }

    static String cut(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.codePointCount(0, t.length()) <= SUMMARY_MAX ? t
                : t.substring(0, t.offsetByCodePoints(0, SUMMARY_MAX - 1)) + "…";
    }

    private static String kind(LaneType type) {
        return type == LaneType.OPPORTUNITIES ? "Opportunity" : "Pain point";
    }

    private static String words(Enum<?> e) {
        String n = e.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static String dash(Integer i) {
        return i == null ? "–" : i.toString();
    }

    private static String quoted(String s) {
        return "\"" + (s == null ? "" : s) + "\"";
    }

    /** Wiki-markup link text must not contain the link delimiters. */
    private static String escape(String s) {
        return s == null ? "" : s.replace("|", "/").replace("[", "(").replace("]", ")");
    }
}
