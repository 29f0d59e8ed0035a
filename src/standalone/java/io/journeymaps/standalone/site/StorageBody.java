package io.journeymaps.standalone.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.journeymaps.standalone.web.Html;

/**
 * Page bodies in a small subset of Confluence's storage format: XHTML paragraphs and headings
 * plus {@code <ac:structured-macro>} elements with {@code <ac:parameter>} children. Bodies are
 * only ever written by this host (user text escaped), so a pattern-based reader is enough.
 */
public final class StorageBody {
    public static final String JOURNEY_MAP_MACRO = "journey-map";

    private static final Pattern MACRO = Pattern.compile(
            "<ac:structured-macro\\s+ac:name=\"([^\"]*)\"[^>]*>(.*?)</ac:structured-macro>", Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile(
            "<ac:parameter\\s+ac:name=\"([^\"]*)\"\\s*>(.*?)</ac:parameter>", Pattern.DOTALL);

    private StorageBody() {
    }

    /** The storage XHTML of one journey-map macro with a fresh map key; no template parameter when null. */
    public static String journeyMapMacro(String template, String language) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("mapKey", UUID.randomUUID().toString());
        if (template != null) {
            parameters.put("template", template);
        }
        parameters.put("language", language);
        return macro(JOURNEY_MAP_MACRO, parameters);
    }

    public static String macro(String name, Map<String, String> parameters) {
        StringBuilder xml = new StringBuilder();
        xml.append("<ac:structured-macro ac:name=\"").append(Html.escape(name))
                .append("\" ac:schema-version=\"1\" ac:macro-id=\"").append(UUID.randomUUID()).append("\">");
        parameters.forEach((key, value) -> xml.append("<ac:parameter ac:name=\"").append(Html.escape(key))
                .append("\">").append(Html.escape(value)).append("</ac:parameter>"));
        return xml.append("</ac:structured-macro>").toString();
    }

    public static String paragraph(String text) {
        return "<p>" + Html.escape(text) + "</p>";
    }

    /** The macros of a body, in order. */
    public static List<MacroCall> macros(String body) {
        List<MacroCall> calls = new ArrayList<>();
        Matcher matcher = MACRO.matcher(body);
        while (matcher.find()) {
            calls.add(toCall(matcher));
        }
        return calls;
    }

    /** The body with every macro replaced by what the function makes of it (already HTML). */
    public static String replaceMacros(String body, Function<MacroCall, String> render) {
        Matcher matcher = MACRO.matcher(body);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(render.apply(toCall(matcher))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static MacroCall toCall(Matcher macro) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher parameter = PARAMETER.matcher(macro.group(2));
        while (parameter.find()) {
            parameters.put(Html.unescape(parameter.group(1)), Html.unescape(parameter.group(2)));
        }
        return new MacroCall(Html.unescape(macro.group(1)), parameters);
    }
}
