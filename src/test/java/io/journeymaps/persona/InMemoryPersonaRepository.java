package io.journeymaps.persona;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.journeymaps.persona.model.Persona;

/** A PersonaRepository in memory. */
public class InMemoryPersonaRepository implements PersonaRepository {
    private final Map<Long, Persona> personas = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public List<Persona> ofSpace(String spaceKey) {
        return personas.values().stream().filter(p -> p.spaceKey().equals(spaceKey)).toList();
    }

    @Override
    public Optional<Persona> get(long personaId) {
        return Optional.ofNullable(personas.get(personaId));
    }

    @Override
    public List<Persona> getAll(Collection<Long> personaIds) {
        return personaIds.stream().map(personas::get).filter(p -> p != null).toList();
    }

    @Override
    public Persona insert(Persona p) {
        long id = nextId++;
        Persona stored = new Persona(id, p.spaceKey(), p.name(), p.colour(), p.photoUrl(), p.age(), p.jobTitle(),
                p.familyStatus(), p.incomeBand(), p.gender(), p.professionalGoals(), p.personalGoals(),
                p.purchaseMotivations(), p.keyInfluencers(), p.quote(), p.notes());
        personas.put(id, stored);
        return stored;
    }

    @Override
    public Persona update(Persona persona) {
        if (!personas.containsKey(persona.id())) {
            throw new IllegalArgumentException("no persona " + persona.id());
        }
        personas.put(persona.id(), persona);
        return persona;
    }

    @Override
    public void delete(long personaId) {
        personas.remove(personaId);
    }

    /** Stores a persona with the given id. */
    public Persona put(long id, String spaceKey, String name) {
        Persona p = new Persona(id, spaceKey, name, null, null, null, null, null, null, null, null, null, null, null, null, null);
        personas.put(id, p);
        nextId = Math.max(nextId, id + 1);
        return p;
    }
}
