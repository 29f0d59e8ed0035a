package io.journeymaps.persona;

import static io.journeymaps.common.InvalidInputAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.NotFoundException;
import io.journeymaps.persona.model.Persona;

class PersonaServiceTest {
    private final InMemoryPersonaRepository repo = new InMemoryPersonaRepository();
    private final PersonaService service = new PersonaService(repo);

    private static PersonaDraft named(String name) {
        return new PersonaDraft(name, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static PersonaDraft withAge(Integer age) {
        return new PersonaDraft("A", null, null, age, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void create_trimsAndStoresInTheSpace() {
        Persona p = service.create("DS", new PersonaDraft(" Dana ", "#A1B2C3", "/download/p.png", 30, " ", null, null, null,
                null, null, null, null, "Hi", null));
        assertEquals("Dana", p.name());
        assertNull(p.jobTitle(), "blank text is stored as null");
        assertEquals(List.of(p), service.list("DS"));
        assertTrue(service.list("OTHER").isEmpty());
        assertEquals(p, service.get(p.id()));
    }

    @Test
    void update_keepsIdAndSpace_delete_removes() {
        Persona p = service.create("DS", named("Dana"));
        Persona u = service.update(p.id(), named("Dina"));
        assertEquals(p.id(), u.id());
        assertEquals("DS", u.spaceKey());
        assertEquals("Dina", service.get(p.id()).name());
        service.delete(p.id());
        assertThrows(NotFoundException.class, () -> service.get(p.id()));
        assertThrows(NotFoundException.class, () -> service.update(p.id(), named("x")));
        assertThrows(NotFoundException.class, () -> service.delete(p.id()));
    }

    @Test
    void validation() {
        assertInvalid("name", "is required", () -> service.create("DS", named("  ")));
        assertInvalid("name", "is required", () -> service.create("DS", named(null)));
        assertInvalid("name", "at most 255", () -> service.create("DS", named("n".repeat(256))));
        assertInvalid("age", "between 0 and 150", () -> service.create("DS", withAge(151)));
        assertInvalid("age", "between 0 and 150", () -> service.create("DS", withAge(-1)));
        assertEquals(0, service.create("DS", withAge(0)).age());
        assertInvalid("colour", "#1f6feb", () -> service.create("DS", new PersonaDraft("A", "red", null, null, null, null,
                null, null, null, null, null, null, null, null)));
        assertInvalid("photoUrl", "https://", () -> service.create("DS", new PersonaDraft("A", null, "javascript:alert(1)",
                null, null, null, null, null, null, null, null, null, null, null)));
        assertInvalid("notes", "at most 4000", () -> service.create("DS", new PersonaDraft("A", null, null, null, null, null,
                null, null, null, null, null, null, null, "n".repeat(4001))));
        assertInvalid("spaceKey", "is required", () -> service.create(" ", named("A")));
        assertTrue(service.list("DS").size() == 1, "only the valid persona was stored");
    }

    @Test
    void validation_reportsEveryBadField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.create("DS",
                new PersonaDraft("", null, null, 200, "j".repeat(256), null, null, null, null, null, null, null, null, null)));
        assertEquals(List.of("name", "age", "jobTitle"), e.errors().stream().map(f -> f.field()).toList());
    }
}
