package io.journeymaps.persona.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.journeymaps.testsupport.db.PluginSchema;
import io.journeymaps.common.NotFoundException;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.Step;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.store.AoMapStore;
import io.journeymaps.persona.model.Persona;
import io.journeymaps.standalone.storage.EntityManagerAoDatabase;
import io.journeymaps.storage.AoDatabase;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;

/** The persona store on a real database; one subclass per database picks it with @Jdbc. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(PersonaStoreScenarios.Schema.class)
public abstract class PersonaStoreScenarios {
    private EntityManager entityManager;   // injected by the runner
    private AoDatabase db;
    private AoPersonaStore personas;
    private AoMapStore maps;

    public static final class Schema extends PluginSchema {
    }

    @Before
    public void setUp() {
        db = new EntityManagerAoDatabase(entityManager);
        personas = new AoPersonaStore(db);
        maps = new AoMapStore(db);
    }

    static Persona persona(String space, String name) {
        return new Persona(0, space, name, "#aa3300", "https://img.example/p.png", 34, "Fleet manager", "Married",
                "50–80k", null, "Cut costs", "More time with family", "Reliability", "Colleagues",
                "\"I just want it to work\"", "Notes\nover lines");
    }

    @Test
    public void insertGetUpdate_roundTripEveryField() {
        Persona inserted = personas.insert(persona("DS", "Fiona"));

        assertTrue(inserted.id() > 0);
        assertEquals(withId(persona("DS", "Fiona"), inserted.id()), inserted);
        assertEquals(Optional.of(inserted), personas.get(inserted.id()));

        Persona changed = new Persona(inserted.id(), "DS", "Fiona F.", null, null, null, "CFO", null, null, "female",
                null, null, null, null, null, null);
        assertEquals(changed, personas.update(changed));
        assertEquals(Optional.of(changed), personas.get(inserted.id()));
    }

    @Test
    public void update_ofUnknownPersona_isNotFound() {
        assertThrows(NotFoundException.class, () -> personas.update(withId(persona("DS", "Nobody"), 424_242)));
    }

    @Test
    public void ofSpaceAndGetAll_returnTheAskedPersonas() {
        Persona b = personas.insert(persona("LIB", "bob"));
        Persona a = personas.insert(persona("LIB", "Anna"));
        personas.insert(persona("OTHER", "Carl"));

        assertEquals(List.of(a, b), personas.ofSpace("LIB"));
        assertEquals(List.of(b, a), personas.getAll(List.of(b.id(), 999_999L, a.id())));
        assertEquals(List.of(), personas.getAll(List.of()));
    }

    @Test
    public void delete_detachesThePersonaFromMapsAndDropsItsEmotionScores() {
        Persona kept = personas.insert(persona("DS", "Kept"));
        Persona gone = personas.insert(persona("DS", "Gone"));
        JourneyMap map = maps.insert(new JourneyMap(0,
                new MapHeader(7, "DS", "macro-p", "T", null, null, null, null, null, null, null, null, null, 0, null, null),
                List.of(new Stage("st", "S", false, List.of(new Step("s1", "Step", false)))),
                List.of(new Lane("emo", LaneType.EMOTION, "Emotion", false)), List.of(),
                List.of(new EmotionScore("s1", kept.id(), 1), new EmotionScore("s1", gone.id(), -2),
                        new EmotionScore("s1", null, 0)),
                List.of(gone.id(), kept.id()), List.of()), new UserRef("u", "U"));

        personas.delete(gone.id());

        assertEquals(Optional.empty(), personas.get(gone.id()));
        JourneyMap loaded = maps.load(map.id()).orElseThrow();
        assertEquals(List.of(kept.id()), loaded.personaIds());
        assertEquals(Set.of(new EmotionScore("s1", kept.id(), 1), new EmotionScore("s1", null, 0)),
                Set.copyOf(loaded.emotions()));
        assertEquals(Optional.of(kept), personas.get(kept.id()));
    }

    private static Persona withId(Persona p, long id) {
        return new Persona(id, p.spaceKey(), p.name(), p.colour(), p.photoUrl(), p.age(), p.jobTitle(),
                p.familyStatus(), p.incomeBand(), p.gender(), p.professionalGoals(), p.personalGoals(),
                p.purchaseMotivations(), p.keyInfluencers(), p.quote(), p.notes());
    }
}
