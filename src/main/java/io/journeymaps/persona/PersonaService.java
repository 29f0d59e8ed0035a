package io.journeymaps.persona;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.common.FieldError;
import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.NotFoundException;
import io.journeymaps.persona.model.Persona;

/**
 * The space persona library. Text is trimmed and blank text stored as null. Limits: name required,
 * at most 255 characters; short labels (job title, family status, income band, gender) 255; the
 * long texts (goals, motivations, influencers, quote, notes) 4,000; age 0–150; colour {@code #rrggbb};
 * photo URL http(s) or site-relative ({@code /...}), at most 2,000 characters. Permission checks are the caller's job.
 */
@Named
public class PersonaService {
    public static final int SHORT_TEXT = 255;
    public static final int LONG_TEXT = 4_000;
    public static final int URL_LENGTH = 2_000;
    public static final int MAX_AGE = 150;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final PersonaRepository personas;

    @Inject
    public PersonaService(PersonaRepository personas) {
        this.personas = personas;
    }

    public List<Persona> list(String spaceKey) {
        return personas.ofSpace(spaceKey);
    }

    public Persona get(long id) {
        return personas.get(id).orElseThrow(() -> new NotFoundException("persona " + id));
    }

    public Persona create(String spaceKey, PersonaDraft draft) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new InvalidInputException("spaceKey", "is required");
        }
        return personas.insert(validated(0L, spaceKey, draft));
    }

    public Persona update(long id, PersonaDraft draft) {
        Persona existing = get(id);
        return personas.update(validated(id, existing.spaceKey(), draft));
    }

    /** The persona as {@link #create} would store it, without storing it (space import validates first). */
    public static Persona validate(String spaceKey, PersonaDraft draft) {
        return validated(0L, spaceKey, draft);
    }

    public void delete(long id) {
        get(id);
        personas.delete(id);
    }

    private static Persona validated(long id, String spaceKey, PersonaDraft d) {
        if (d == null) {
            throw new InvalidInputException("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = text(errors, "name", d.name(), SHORT_TEXT);
        if (name == null && errors.isEmpty()) {
            errors.add(new FieldError("name", "is required"));
        }
        String colour = text(errors, "colour", d.colour(), SHORT_TEXT);
        if (colour != null && !COLOUR.matcher(colour).matches()) {
            errors.add(new FieldError("colour", "must be a colour like #1f6feb"));
        }
        String photoUrl = text(errors, "photoUrl", d.photoUrl(), URL_LENGTH);
        if (photoUrl != null && !isSafeUrl(photoUrl)) {
            errors.add(new FieldError("photoUrl", "must start with https://, http:// or /"));
        }
        if (d.age() != null && (d.age() < 0 || d.age() > MAX_AGE)) {
            errors.add(new FieldError("age", "must be between 0 and " + MAX_AGE));
        }
        Persona p = new Persona(id, spaceKey, name, colour, photoUrl, d.age(),
                text(errors, "jobTitle", d.jobTitle(), SHORT_TEXT),
                text(errors, "familyStatus", d.familyStatus(), SHORT_TEXT),
                text(errors, "incomeBand", d.incomeBand(), SHORT_TEXT),
                text(errors, "gender", d.gender(), SHORT_TEXT),
                text(errors, "professionalGoals", d.professionalGoals(), LONG_TEXT),
                text(errors, "personalGoals", d.personalGoals(), LONG_TEXT),
                text(errors, "purchaseMotivations", d.purchaseMotivations(), LONG_TEXT),
                text(errors, "keyInfluencers", d.keyInfluencers(), LONG_TEXT),
                text(errors, "quote", d.quote(), LONG_TEXT),
                text(errors, "notes", d.notes(), LONG_TEXT));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return p;
    }

    private static String text(List<FieldError> errors, String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String t = value.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.codePointCount(0, t.length()) > max) {
            errors.add(new FieldError(field, "must have at most " + max + " characters"));
            return null;
        }
        return t;
    }

    private static boolean isSafeUrl(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || (url.startsWith("/") && !url.startsWith("//"));
    }
}
