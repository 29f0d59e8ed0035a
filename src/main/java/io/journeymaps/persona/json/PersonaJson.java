package io.journeymaps.persona.json;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.journeymaps.common.json.Json;
import io.journeymaps.common.json.JsonFields;
import io.journeymaps.persona.PersonaDraft;
import io.journeymaps.persona.model.Persona;

/** Personas as the REST API writes and reads them. Absent optional fields are written as null. */
public final class PersonaJson {
    private static final Set<String> DRAFT_FIELDS = Set.of("name", "colour", "photoUrl", "age", "jobTitle",
            "familyStatus", "incomeBand", "gender", "professionalGoals", "personalGoals", "purchaseMotivations",
            "keyInfluencers", "quote", "notes");
    /** Fields a client may send back unchanged from a persona it read; they are ignored. */
    private static final Set<String> READ_ONLY = Set.of("id", "spaceKey");

    private PersonaJson() {
    }

    public static ObjectNode toJson(Persona p) {
        ObjectNode o = Json.object();
        o.put("id", p.id());
        o.put("spaceKey", p.spaceKey());
        o.put("name", p.name());
        o.put("colour", p.colour());
        o.put("photoUrl", p.photoUrl());
        o.put("age", p.age());
        o.put("jobTitle", p.jobTitle());
        o.put("familyStatus", p.familyStatus());
        o.put("incomeBand", p.incomeBand());
        o.put("gender", p.gender());
        o.put("professionalGoals", p.professionalGoals());
        o.put("personalGoals", p.personalGoals());
        o.put("purchaseMotivations", p.purchaseMotivations());
        o.put("keyInfluencers", p.keyInfluencers());
        o.put("quote", p.quote());
        o.put("notes", p.notes());
        return o;
    }

    public static ArrayNode toJson(List<Persona> personas) {
        ArrayNode a = Json.array();
        personas.forEach(p -> a.add(toJson(p)));
        return a;
    }

    /** A persona body; unknown fields are errors, validation of values is {@code PersonaService}'s. */
    public static PersonaDraft parseDraft(JsonNode body) {
        JsonFields f = JsonFields.of(body, "");
        for (String name : f.fieldNames()) {
            if (!DRAFT_FIELDS.contains(name) && !READ_ONLY.contains(name)) {
                throw f.error(name, "unknown field");
            }
        }
        f.requiredString("name");
        return new PersonaDraft(
                f.optionalString("name"),
                f.optionalString("colour"),
                f.optionalString("photoUrl"),
                f.optionalInt("age"),
                f.optionalString("jobTitle"),
                f.optionalString("familyStatus"),
                f.optionalString("incomeBand"),
                f.optionalString("gender"),
                f.optionalString("professionalGoals"),
                f.optionalString("personalGoals"),
                f.optionalString("purchaseMotivations"),
                f.optionalString("keyInfluencers"),
                f.optionalString("quote"),
                f.optionalString("notes"));
    }
}
