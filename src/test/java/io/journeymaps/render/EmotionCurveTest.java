package io.journeymaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.Step;

class EmotionCurveTest {
    private static final Labels EN = Labels.forLanguage("en");
    private static final List<Step> STEPS = List.of(new Step("a", "A", false), new Step("b", "B", false),
            new Step("c", "C", false), new Step("d", "D", false));
    private static final List<EmotionScore> SCORES = List.of(new EmotionScore("a", null, 2),
            new EmotionScore("b", null, -2), new EmotionScore("c", null, 0), new EmotionScore("d", null, 1));

    @Test
    void build_leftToRight_putsPointIAtCentreOfColumnI() {
        Map<String, Object> curve = EmotionCurve.build(STEPS, SCORES, List.of(), Set.of("c"), false, EN);

        assertEquals(4, curve.get("columns"), "one SVG unit per step column");
        List<Map<String, Object>> dots = dots(curve);
        assertEquals(4, dots.size());
        for (int i = 0; i < 4; i++) {
            double x = Double.parseDouble((String) dots.get(i).get("x"));
            assertEquals(i + 0.5, x, 1e-9, "centre of column " + i);
            assertEquals(percent(x, 4), dots.get(i).get("left"), "HTML dot on the SVG point");
            assertEquals(i, dots.get(i).get("column"));
        }
        assertEquals("0.5,22 1.5,86 2.5,54 3.5,38", line(curve).get("points"));
        assertEquals("62.5%", moments(curve).get(0).get("left"), "star above column 2's centre");
    }

    @Test
    void build_rightToLeft_mirrorsPointIToCentreOfColumnIFromTheRight() {
        Map<String, Object> curve = EmotionCurve.build(STEPS, SCORES, List.of(), Set.of("c"), true, EN);

        List<Map<String, Object>> dots = dots(curve);
        for (int i = 0; i < 4; i++) {
            double x = Double.parseDouble((String) dots.get(i).get("x"));
            assertEquals(4 - (i + 0.5), x, 1e-9, "column " + i + " counted from the right edge");
            assertEquals(percent(x, 4), dots.get(i).get("left"));
        }
        assertEquals("3.5,22 2.5,86 1.5,54 0.5,38", line(curve).get("points"));
        assertEquals("37.5%", moments(curve).get(0).get("left"));
    }

    @Test
    void build_stepWithoutScore_keepsOtherPointsInTheirColumns() {
        List<EmotionScore> gaps = List.of(new EmotionScore("a", null, 0), new EmotionScore("d", null, 0),
                new EmotionScore("not-visible", null, 2));

        Map<String, Object> rtl = EmotionCurve.build(STEPS, gaps, List.of(), Set.of(), true, EN);
        Map<String, Object> ltr = EmotionCurve.build(STEPS, gaps, List.of(), Set.of(), false, EN);

        assertEquals("3.5,54 0.5,54", line(rtl).get("points"));
        assertEquals("0.5,54 3.5,54", line(ltr).get("points"));
        assertEquals(List.of(1, 2, 3), boundaries(ltr), "column boundaries between the four steps");
    }

    @Test
    void centreX_isTheMiddleOfEachColumnForAnyColumnCount() {
        for (int columns = 1; columns <= 30; columns++) {
            for (int i = 0; i < columns; i++) {
                assertEquals(i + 0.5, EmotionCurve.centreX(i, columns, false), 1e-9);
                assertEquals(columns - i - 0.5, EmotionCurve.centreX(i, columns, true), 1e-9);
            }
        }
    }

    private static String percent(double x, int columns) {
        return new java.math.BigDecimal(Double.toString(x * 100 / columns)).stripTrailingZeros().toPlainString() + "%";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> line(Map<String, Object> curve) {
        return ((List<Map<String, Object>>) curve.get("lines")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> dots(Map<String, Object> curve) {
        return new ArrayList<>((List<Map<String, Object>>) line(curve).get("dots"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> moments(Map<String, Object> curve) {
        return (List<Map<String, Object>>) curve.get("moments");
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> boundaries(Map<String, Object> curve) {
        return (List<Integer>) curve.get("boundaries");
    }
}
