package io.journeymaps.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.Step;
import io.journeymaps.persona.model.Persona;

/**
 * The geometry of the emotion curve: one polyline per persona (and the general curve), one point
 * per visible step that has a score, x at the centre of the step's column. Right-to-left maps
 * mirror x, because SVG coordinates do not follow {@code dir}.
 */
final class EmotionCurve {
    static final int HEIGHT = 140;
    private static final int PAD = 22;
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?");
    private static final List<String> PALETTE = List.of("#0052CC", "#FF5630", "#36B37E", "#6554C0", "#FFAB00",
            "#00B8D9");

    private EmotionCurve() {
    }

    static Map<String, Object> build(List<Step> steps, List<EmotionScore> scores, List<Persona> personas,
                                     Set<String> momentSteps, boolean rtl, Labels labels) {
        int width = Math.max(1, steps.size()) * InlineStyles.COLUMN_WIDTH;
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            column.put(steps.get(i).id(), i);
        }
        Map<Long, Persona> byId = new HashMap<>();
        personas.forEach(p -> byId.put(p.id(), p));

        // Curves in a stable order: the general curve first, then personas as attached.
        Map<Long, int[]> curves = new LinkedHashMap<>();
        List<Long> order = new ArrayList<>();
        order.add(null);
        personas.forEach(p -> order.add(p.id()));
        for (Long persona : order) {
            int[] values = new int[steps.size()];
            java.util.Arrays.fill(values, Integer.MIN_VALUE);
            boolean any = false;
            for (EmotionScore s : scores) {
                Integer col = column.get(s.stepId());
                if (col != null && Objects.equals(s.personaId(), persona)) {
                    values[col] = Math.max(EmotionScore.MIN, Math.min(EmotionScore.MAX, s.score()));
                    any = true;
                }
            }
            if (any) {
                curves.put(persona, values);
            }
        }

        List<Map<String, Object>> lines = new ArrayList<>();
        int index = 0;
        for (Map.Entry<Long, int[]> c : curves.entrySet()) {
            Persona persona = c.getKey() == null ? null : byId.get(c.getKey());
            String name = persona == null ? labels.get("view.emotion.general") : persona.name();
            String colour = persona != null && persona.colour() != null
                    && HEX_COLOUR.matcher(persona.colour()).matches()
                    ? persona.colour() : PALETTE.get(index % PALETTE.size());
            StringBuilder points = new StringBuilder();
            List<Map<String, Object>> dots = new ArrayList<>();
            int[] values = c.getValue();
            for (int i = 0; i < values.length; i++) {
                if (values[i] == Integer.MIN_VALUE) {
                    continue;
                }
                int x = x(i, steps.size(), rtl);
                int y = y(values[i]);
                points.append(points.length() == 0 ? "" : " ").append(x).append(',').append(y);
                String value = values[i] > 0 ? "+" + values[i] : Integer.toString(values[i]);
                dots.add(Map.of("x", x, "y", y, "labelY", y - 8, "value", value,
                        "title", name + " · " + steps.get(i).name() + ": " + value));
            }
            lines.add(Map.of("name", name, "colour", colour, "points", points.toString(), "dots", dots));
            index++;
        }

        List<Map<String, Object>> moments = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (momentSteps.contains(steps.get(i).id())) {
                moments.add(Map.of("x", x(i, steps.size(), rtl), "title",
                        labels.get("card.moment-that-matters") + " · " + steps.get(i).name()));
            }
        }
        Map<String, Object> curve = new HashMap<>();
        curve.put("width", width);
        curve.put("height", HEIGHT);
        curve.put("zeroY", y(0));
        curve.put("lines", lines);
        curve.put("moments", moments);
        curve.put("momentY", 12);
        curve.put("hasLines", !lines.isEmpty());
        return curve;
    }

    private static int x(int column, int columns, boolean rtl) {
        int pos = column * InlineStyles.COLUMN_WIDTH + InlineStyles.COLUMN_WIDTH / 2;
        return rtl ? columns * InlineStyles.COLUMN_WIDTH - pos : pos;
    }

    private static int y(int score) {
        return PAD + (EmotionScore.MAX - score) * (HEIGHT - 2 * PAD) / (EmotionScore.MAX - EmotionScore.MIN);
    }
}
