package io.journeymaps.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The geometry of the emotion curve, drawn inside the emotion lane's cell that spans exactly the
 * visible step columns. The SVG's own x unit is one step column ({@code viewBox="0 0 columns
 * HEIGHT"}, stretched with {@code preserveAspectRatio="none"}), so point i sits at the centre of
 * column i whatever width the table gives its (equal) step columns: no pixel widths have to agree.
 * Dots, value labels and moment stars are HTML placed at the same spot in percent, because SVG
 * circles and text would stretch with the lines. SVG coordinates do not follow {@code dir}:
 * right-to-left maps mirror x here.
 */
final class EmotionCurve {
    /** Height of the plot in viewBox units; y values are percent of the curve's box. */
    static final int HEIGHT = 100;
    private static final int TOP = 22;
    private static final int BOTTOM = 86;
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?");
    private static final List<String> PALETTE = List.of("#0052CC", "#FF5630", "#36B37E", "#6554C0", "#FFAB00",
            "#00B8D9");

    private EmotionCurve() {
    }

    /**
     * @param steps the visible steps, in the order of the table's step columns (hidden ones
     *              already left out, exactly as for the header and the cells)
     */
    static Map<String, Object> build(List<Step> steps, List<EmotionScore> scores, List<Persona> personas,
                                     Set<String> momentSteps, boolean rtl, Labels labels) {
        int columns = steps.size();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < columns; i++) {
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
            int[] values = new int[columns];
            Arrays.fill(values, Integer.MIN_VALUE);
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
                double x = centreX(i, columns, rtl);
                int y = y(values[i]);
                points.append(points.length() == 0 ? "" : " ").append(number(x)).append(',').append(y);
                String value = values[i] > 0 ? "+" + values[i] : Integer.toString(values[i]);
                Map<String, Object> dot = new HashMap<>();
                dot.put("column", i);
                dot.put("x", number(x));
                dot.put("y", y);
                dot.put("left", percent(x, columns));
                dot.put("value", value);
                dot.put("title", name + " · " + steps.get(i).name() + ": " + value);
                dots.add(dot);
            }
            lines.add(Map.of("name", name, "colour", colour, "points", points.toString(), "dots", dots));
            index++;
        }

        List<Map<String, Object>> moments = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            if (momentSteps.contains(steps.get(i).id())) {
                moments.add(Map.of("column", i, "left", percent(centreX(i, columns, rtl), columns), "title",
                        labels.get("card.moment-that-matters") + " · " + steps.get(i).name()));
            }
        }
        List<Integer> boundaries = new ArrayList<>();
        for (int i = 1; i < columns; i++) {
            boundaries.add(i);
        }
        Map<String, Object> curve = new HashMap<>();
        curve.put("columns", columns);
        curve.put("height", HEIGHT);
        curve.put("zeroY", y(0));
        curve.put("boundaries", boundaries);
        curve.put("lines", lines);
        curve.put("moments", moments);
        curve.put("hasLines", !lines.isEmpty());
        return curve;
    }

    /** The centre of a step column in the SVG's x units (one per column), mirrored for right-to-left. */
    static double centreX(int column, int columns, boolean rtl) {
        double ltr = column + 0.5;
        return rtl ? columns - ltr : ltr;
    }

    /** Percent of the box height: +2 near the top (room for the label above), −2 near the bottom. */
    static int y(int score) {
        return TOP + (EmotionScore.MAX - score) * (BOTTOM - TOP) / (EmotionScore.MAX - EmotionScore.MIN);
    }

    /** "0.5", "3", "12.25": SVG numbers without a locale's decimal comma or trailing zeros. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String percent(double x, int columns) {
        return number(x * 100.0 / columns) + "%";
    }
}
