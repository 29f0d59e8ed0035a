package io.journeymaps.render;

import java.util.Locale;

/** HTML text and attribute escaping, and the one rule for which links may become hrefs. */
public final class Html {
    private Html() {
    }

    /** Escapes {@code & < > " '} so a value is safe in element text and in quoted attributes. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                out.append(rep != null ? rep : String.valueOf(c));
            }
        }
        return out == null ? s : out.toString();
    }

    /** True only for absolute http(s) URLs: anything else (javascript:, data:, relative) is shown as text. */
    public static boolean isSafeLink(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return (u.startsWith("http://") || u.startsWith("https://")) && u.length() > "https://".length()
                && u.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7f);
    }
}
