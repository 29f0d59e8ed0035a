package io.journeymaps.render;

import java.util.HashMap;
import java.util.Map;

import io.journeymaps.map.model.ColourTag;
import io.journeymaps.map.model.Severity;
import io.journeymaps.map.model.StatusCategory;

/**
 * Inline styles for exports and email, where no stylesheet survives (PDF/Word export, mail
 * clients). The page display leaves them empty and uses the classes styled by the editor's CSS.
 * Values are constants without quotes, so escaping them changes nothing.
 */
final class InlineStyles {
    static final int COLUMN_WIDTH = 180;
    static final int LANE_HEADER_WIDTH = 160;
    /** Pixel height of the emotion curve's box; its width is whatever the step columns add up to. */
    static final int CURVE_HEIGHT = 140;

    private static final Map<String, String> EXPORT = Map.ofEntries(
            Map.entry("root", "font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#172B4D;"),
            Map.entry("title", "font-size:20px;font-weight:bold;margin:0 0 4px 0;"),
            Map.entry("meta", "color:#505F79;margin:0 0 8px 0;"),
            Map.entry("table", "border-collapse:collapse;table-layout:fixed;box-sizing:border-box;"),
            Map.entry("corner", "border:1px solid #DFE1E6;background:#F4F5F7;padding:6px;text-align:start;"),
            Map.entry("stage", "border:1px solid #DFE1E6;background:#DEEBFF;padding:6px;font-weight:bold;"
                    + "text-align:center;"),
            Map.entry("step", "border:1px solid #DFE1E6;background:#F4F5F7;padding:6px;font-weight:bold;"),
            Map.entry("lane", "border:1px solid #DFE1E6;background:#F4F5F7;padding:6px;text-align:start;"
                    + "vertical-align:top;"),
            Map.entry("laneType", "display:block;font-weight:normal;color:#6B778C;font-size:11px;"),
            Map.entry("cell", "border:1px solid #DFE1E6;padding:6px;vertical-align:top;"),
            Map.entry("card", "border:1px solid #C1C7D0;border-radius:3px;padding:6px;margin:0 0 6px 0;"
                    + "background:#FFFFFF;"),
            Map.entry("cardText", "margin:0 0 4px 0;white-space:pre-wrap;"),
            Map.entry("field", "display:block;font-size:12px;color:#42526E;margin:2px 0;"),
            Map.entry("comments", "display:block;font-size:12px;color:#42526E;margin:2px 0;"),
            Map.entry("headerComments", "display:block;font-size:11px;font-weight:normal;color:#42526E;"),
            Map.entry("moment", "display:block;font-size:12px;font-weight:bold;color:#5243AA;margin:2px 0;"),
            Map.entry("jira", "display:inline-block;font-size:11px;border:1px solid #C1C7D0;border-radius:3px;"
                    + "padding:1px 4px;margin:2px 4px 0 0;"),
            Map.entry("personas", "margin:0 0 8px 0;padding:0;list-style:none;"),
            Map.entry("persona", "display:inline-block;margin:0 12px 0 0;"),
            Map.entry("curve", "border:1px solid #DFE1E6;padding:0;vertical-align:top;"),
            Map.entry("curveBox", "position:relative;height:" + CURVE_HEIGHT + "px;overflow:hidden;"),
            Map.entry("curveSvg", "position:absolute;left:0;top:0;"),
            Map.entry("curveDot", "position:absolute;width:8px;height:8px;margin:-4px 0 0 -4px;border-radius:4px;"),
            Map.entry("curveValue", "position:absolute;width:40px;margin:-22px 0 0 -20px;text-align:center;"
                    + "font-size:11px;line-height:14px;color:#42526E;"),
            Map.entry("curveMoment", "position:absolute;top:2px;width:20px;margin:0 0 0 -10px;text-align:center;"
                    + "font-size:13px;line-height:16px;color:#5243AA;"),
            Map.entry("legend", "font-size:12px;color:#42526E;margin:4px 0 0 0;"));

    private InlineStyles() {
    }

    /** The style table for a mode: full for exports and email, all empty for page display. */
    static Map<String, String> forMode(RenderMode mode) {
        if (mode == RenderMode.DISPLAY) {
            Map<String, String> none = new HashMap<>();
            EXPORT.keySet().forEach(k -> none.put(k, ""));
            return none;
        }
        return EXPORT;
    }

    /** Severity is never colour alone: the badge also carries its label. Used in every mode. */
    static String severity(Severity s) {
        return switch (s) {
            case LOW -> "background:#E3FCEF;color:#006644;";
            case MEDIUM -> "background:#FFF0B3;color:#7A5200;";
            case HIGH -> "background:#FFEBE6;color:#BF2600;";
            case CRITICAL -> "background:#DE350B;color:#FFFFFF;";
        } + "border-radius:3px;padding:1px 6px;font-size:11px;font-weight:bold;text-transform:uppercase;";
    }

    static String statusCategory(StatusCategory c) {
        return switch (c) {
            case NEW -> "background:#DFE1E6;color:#42526E;";
            case INDETERMINATE -> "background:#DEEBFF;color:#0747A6;";
            case DONE -> "background:#E3FCEF;color:#006644;";
            case UNKNOWN -> "background:#F4F5F7;color:#42526E;";
        };
    }

    static String colourTag(ColourTag c) {
        String hex = switch (c) {
            case RED -> "#DE350B";
            case ORANGE -> "#FF8B00";
            case YELLOW -> "#FFC400";
            case GREEN -> "#36B37E";
            case BLUE -> "#0065FF";
            case PURPLE -> "#6554C0";
            case GREY -> "#7A869A";
        };
        return "border-inline-start:4px solid " + hex + ";";
    }
}
