package io.journeymaps.render;

import java.util.regex.Pattern;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template inserts, whatever the template author wrote; only references
 * whose last name ends in {@code Html} (Confluence's convention, e.g. {@code $card.bodyHtml}) go
 * out unchanged, and the Java code that fills them is responsible for their safety.
 */
final class EscapingReferenceHandler implements ReferenceInsertionEventHandler {
    /** Compiled once: this runs for every value of every render (a 1,000-card map inserts thousands). */
    private static final Pattern REFERENCE_MARKS = Pattern.compile("[${}!]");

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || isTrustedHtml(reference)) {
            return value;
        }
        return Html.escape(value.toString());
    }

    /** {@code $a.bHtml}, {@code ${a.bHtml}}, {@code $!a.bHtml} and {@code $a.bHtml()} are trusted. */
    static boolean isTrustedHtml(String reference) {
        String name = REFERENCE_MARKS.matcher(reference).replaceAll("");
        int paren = name.indexOf('(');
        if (paren >= 0) {
            name = name.substring(0, paren);
        }
        int bracket = name.indexOf('[');
        if (bracket >= 0) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        String last = dot >= 0 ? name.substring(dot + 1) : name;
        return last.endsWith("Html") && last.chars().allMatch(Character::isJavaIdentifierPart);
    }
}
