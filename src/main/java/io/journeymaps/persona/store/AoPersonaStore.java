package io.journeymaps.persona.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.journeymaps.common.NotFoundException;
import io.journeymaps.map.store.EmotionEntity;
import io.journeymaps.map.store.MapPersonaEntity;
import io.journeymaps.persona.PersonaRepository;
import io.journeymaps.persona.model.Persona;
import io.journeymaps.storage.AoDatabase;
import io.journeymaps.storage.EntityColumns;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.Query;

/** The persona library over Active Objects. */
@Named
public class AoPersonaStore implements PersonaRepository {
    private static final int IN_CHUNK = 500;

    private final AoDatabase db;

    @Inject
    public AoPersonaStore(AoDatabase db) {
        this.db = db;
    }

    @Override
    public List<Persona> ofSpace(String spaceKey) {
        return Arrays.stream(db.find(PersonaEntity.class, Query.select().where("SPACE_KEY = ?", spaceKey)))
                .map(AoPersonaStore::toPersona)
                .sorted(Comparator.comparing((Persona p) -> p.name() == null ? "" : p.name(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(Persona::id))
                .toList();
    }

    @Override
    public Optional<Persona> get(long personaId) {
        PersonaEntity[] found = db.find(PersonaEntity.class, Query.select().where("ID = ?", personaId));
        return found.length == 0 ? Optional.empty() : Optional.of(toPersona(found[0]));
    }

    /** In the order of the ids asked for; unknown ids are left out. */
    @Override
    public List<Persona> getAll(Collection<Long> personaIds) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(personaIds));
        Map<Long, Persona> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String in = String.join(",", Collections.nCopies(chunk.size(), "?"));
            for (PersonaEntity e : db.find(PersonaEntity.class, Query.select().where("ID IN (" + in + ")", chunk.toArray()))) {
                byId.put((long) e.getID(), toPersona(e));
            }
        }
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    @Override
    public Persona insert(Persona persona) {
        return db.inTransaction(() -> toPersona(db.create(PersonaEntity.class, columns(persona))));
    }

    @Override
    public Persona update(Persona persona) {
        return db.inTransaction(() -> {
            PersonaEntity[] found = db.find(PersonaEntity.class, Query.select().where("ID = ?", persona.id()));
            if (found.length == 0) {
                throw new NotFoundException("persona " + persona.id() + " does not exist");
            }
            EntityColumns.write(found[0], columns(persona));
            found[0].save();
            return toPersona(found[0]);
        });
    }

    @Override
    public void delete(long personaId) {
        db.inTransaction(() -> {
            db.deleteWithSQL(MapPersonaEntity.class, "PERSONA_ID = ?", personaId);
            db.deleteWithSQL(EmotionEntity.class, "PERSONA_ID = ?", personaId);
            db.deleteWithSQL(PersonaEntity.class, "ID = ?", personaId);
            return null;
        });
    }

    private static Map<String, Object> columns(Persona p) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("SPACE_KEY", p.spaceKey());
        c.put("NAME", p.name());
        c.put("COLOUR", p.colour());
        c.put("PHOTO_URL", p.photoUrl());
        c.put("AGE", p.age());
        c.put("JOB_TITLE", p.jobTitle());
        c.put("FAMILY_STATUS", p.familyStatus());
        c.put("INCOME_BAND", p.incomeBand());
        c.put("GENDER", p.gender());
        c.put("PROFESSIONAL_GOALS", p.professionalGoals());
        c.put("PERSONAL_GOALS", p.personalGoals());
        c.put("PURCHASE_MOTIVATIONS", p.purchaseMotivations());
        c.put("KEY_INFLUENCERS", p.keyInfluencers());
        c.put("PERSONA_QUOTE", p.quote());
        c.put("NOTES", p.notes());
        return c;
    }

    private static Persona toPersona(PersonaEntity e) {
        return new Persona(e.getID(), e.getSpaceKey(), e.getName(), e.getColour(), e.getPhotoUrl(), e.getAge(),
                e.getJobTitle(), e.getFamilyStatus(), e.getIncomeBand(), e.getGender(), e.getProfessionalGoals(),
                e.getPersonalGoals(), e.getPurchaseMotivations(), e.getKeyInfluencers(), e.getPersonaQuote(),
                e.getNotes());
    }
}
