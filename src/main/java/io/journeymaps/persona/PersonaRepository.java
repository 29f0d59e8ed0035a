package io.journeymaps.persona;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.journeymaps.persona.model.Persona;

/** The space persona library's storage (implemented over Active Objects by {@code persona.store.AoPersonaStore}). */
public interface PersonaRepository {
    List<Persona> ofSpace(String spaceKey);

    Optional<Persona> get(long personaId);

    /** Several personas in one query (for a map's attached personas). */
    List<Persona> getAll(Collection<Long> personaIds);

    /** Stores a new persona; the argument's id is ignored. */
    Persona insert(Persona persona);

    Persona update(Persona persona);

    /** Deletes the persona and detaches it from every map (its emotion scores go too). */
    void delete(long personaId);
}
