package io.journeymaps.persona.json;

import static io.journeymaps.common.InvalidInputAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import io.journeymaps.common.json.Json;
import io.journeymaps.persona.PersonaDraft;
import io.journeymaps.persona.model.Persona;

class PersonaJsonTest {

    @Test
    void personaJson_roundTripsThroughADraft() {
        Persona p = new Persona(3, "DS", "Dana", "#aabbcc", "https://x/p.png", 41, "CTO", "Married", "High", null,
                "Grow", "Garden", "Price", "Peers", "Fast please", "n");
        JsonNode j = Json.parse(Json.write(PersonaJson.toJson(p)));
        assertEquals(3, j.get("id").longValue());
        assertTrue(j.get("gender").isNull());
        PersonaDraft d = PersonaJson.parseDraft(j);
        assertEquals(new PersonaDraft("Dana", "#aabbcc", "https://x/p.png", 41, "CTO", "Married", "High", null, "Grow",
                "Garden", "Price", "Peers", "Fast please", "n"), d);
    }

    @Test
    void parseDraft_errors() {
        assertInvalid("name", "is required", () -> PersonaJson.parseDraft(Json.parse("{\"age\":3}")));
        assertInvalid("age", "must be an integer", () -> PersonaJson.parseDraft(Json.parse("{\"name\":\"a\",\"age\":\"3\"}")));
        assertInvalid("quote", "must be a string", () -> PersonaJson.parseDraft(Json.parse("{\"name\":\"a\",\"quote\":[]}")));
        assertInvalid("nickname", "unknown field", () -> PersonaJson.parseDraft(Json.parse("{\"name\":\"a\",\"nickname\":\"b\"}")));
        assertNull(PersonaJson.parseDraft(Json.parse("{\"name\":\"a\",\"notes\":null}")).notes());
    }
}
