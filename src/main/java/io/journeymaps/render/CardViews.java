package io.journeymaps.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.Channel;
import io.journeymaps.map.model.ColourTag;
import io.journeymaps.map.model.EvidenceKind;
import io.journeymaps.map.model.Frequency;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.MetricName;
import io.journeymaps.map.model.Severity;
import io.journeymaps.map.model.StatusCategory;

/**
 * Turns a card into what the template shows: plain strings (never null; empty means "absent"),
 * labels already in the UI language. Only the fields the lane type gives a card are shown.
 */
final class CardViews {
    private final Labels labels;

    CardViews(Labels labels) {
        this.labels = labels;
    }

    Map<String, Object> view(Card card, LaneType lane, List<JiraLink> links, int openThreads) {
        CardDetails d = card.details();
        Map<String, Object> v = new HashMap<>();
        v.put("id", card.id());
        v.put("text", d.text());
        v.put("moment", d.momentThatMatters());
        v.put("owner", text(d, CardField.OWNER));
        ColourTag colour = d.enumValue(CardField.COLOUR, ColourTag.class);
        v.put("colourLabel", colour == null ? "" : labels.get("colour", colour));
        v.put("colourClass", colour == null ? "" : "jm-colour-" + css(colour));
        v.put("colourStyle", colour == null ? "" : InlineStyles.colourTag(colour));
        v.put("fields", fields(d, lane));
        v.put("severity", severity(d, lane));
        v.put("jira", lane.linksToJira() ? jira(links) : List.of());
        v.put("comments", comments(openThreads));
        return v;
    }

    /** "2 comments" (open threads), written out so no reader depends on a badge; empty for none. */
    String comments(int openThreads) {
        if (openThreads <= 0) {
            return "";
        }
        return openThreads == 1 ? labels.get("view.comments.one")
                : labels.get("view.comments.many").replace("{0}", Integer.toString(openThreads));
    }

    /** A badge map for pain points with a severity, or an empty map. */
    private Map<String, Object> severity(CardDetails d, LaneType lane) {
        Severity s = lane.accepts(CardField.SEVERITY) ? d.enumValue(CardField.SEVERITY, Severity.class) : null;
        if (s == null) {
            return Map.of();
        }
        return Map.of("label", labels.get("severity", s), "cssClass", "jm-severity-" + css(s),
                "style", InlineStyles.severity(s), "title", labels.get("severity"));
    }

    /** Label/value lines for the typed fields, in a fixed order per lane type. */
    private List<Map<String, Object>> fields(CardDetails d, LaneType lane) {
        List<Map<String, Object>> f = new ArrayList<>();
        switch (lane) {
            case PAIN_POINTS -> {
                Frequency fr = d.enumValue(CardField.FREQUENCY, Frequency.class);
                add(f, "frequency", labels.get("frequency"), fr == null ? "" : labels.get("frequency", fr));
            }
            case OPPORTUNITIES -> {
                add(f, "feasible", labels.get("opportunity.feasible"), score(d.intValue(CardField.FEASIBLE)));
                add(f, "viable", labels.get("opportunity.viable"), score(d.intValue(CardField.VIABLE)));
                add(f, "desirable", labels.get("opportunity.desirable"), score(d.intValue(CardField.DESIRABLE)));
                Integer p = d.opportunityPriority();
                add(f, "priority", labels.get("opportunity.priority"), p == null ? "" : p + " / 15");
            }
            case TOUCHPOINTS -> {
                Channel c = d.enumValue(CardField.CHANNEL, Channel.class);
                add(f, "channel", labels.get("channel"), c == null ? "" : labels.get("channel", c));
            }
            case ONSTAGE, BACKSTAGE -> add(f, "actor", labels.get("card.actor"), text(d, CardField.ACTOR));
            case METRICS -> {
                MetricName m = d.enumValue(CardField.METRIC_NAME, MetricName.class);
                add(f, "metric", labels.get("metric"), m == null ? "" : labels.get("metric", m));
                String unit = text(d, CardField.METRIC_UNIT);
                add(f, "target", labels.get("metric.target"), amount(d.doubleValue(CardField.METRIC_TARGET), unit));
                add(f, "actual", labels.get("metric.actual"), amount(d.doubleValue(CardField.METRIC_ACTUAL), unit));
                add(f, "source", labels.get("metric.source"), text(d, CardField.METRIC_SOURCE));
            }
            case EVIDENCE -> {
                EvidenceKind k = d.enumValue(CardField.EVIDENCE_KIND, EvidenceKind.class);
                add(f, "kind", labels.get("evidence"), k == null ? "" : labels.get("evidence", k));
                String source = text(d, CardField.EVIDENCE_SOURCE);
                if (!source.isEmpty()) {
                    Map<String, Object> line = line("source", labels.get("evidence.source"), source);
                    line.put("href", Html.isSafeLink(source) ? source.strip() : "");
                    f.add(line);
                }
                add(f, "quote", labels.get("evidence.quote"), text(d, CardField.EVIDENCE_QUOTE));
                Integer count = d.intValue(CardField.EVIDENCE_COUNT);
                add(f, "count", labels.get("evidence.count"), count == null ? "" : count.toString());
            }
            default -> {
            }
        }
        return f;
    }

    private List<Map<String, Object>> jira(List<JiraLink> links) {
        List<Map<String, Object>> chips = new ArrayList<>();
        for (JiraLink l : links) {
            StatusCategory c = l.statusCategory() == null ? StatusCategory.UNKNOWN : l.statusCategory();
            String status = l.statusName() == null || l.statusName().isBlank()
                    ? labels.get("jira.category", c) : l.statusName();
            chips.add(Map.of("key", nn(l.issueKey()), "status", status, "summary", nn(l.summary()),
                    "assignee", nn(l.assignee()), "cssClass", "jm-jira-" + c.jiraKey(),
                    "style", InlineStyles.statusCategory(c)));
        }
        return chips;
    }

    private static void add(List<Map<String, Object>> lines, String name, String label, String value) {
        if (!value.isEmpty()) {
            lines.add(line(name, label, value));
        }
    }

    private static Map<String, Object> line(String name, String label, String value) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("label", label);
        m.put("value", value);
        m.put("href", "");
        return m;
    }

    private static String text(CardDetails d, CardField f) {
        return nn(d.stringValue(f));
    }

    private static String score(Integer s) {
        return s == null ? "" : s + " / 5";
    }

    private static String amount(Double value, String unit) {
        if (value == null) {
            return "";
        }
        String n = number(value);
        return unit.isEmpty() ? n : n + " " + unit;
    }

    /** 3.0 → "3", 2.50 → "2.5"; never exponent notation. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String css(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static String nn(String s) {
        return s == null ? "" : s;
    }
}
