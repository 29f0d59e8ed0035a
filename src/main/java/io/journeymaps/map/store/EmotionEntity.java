package io.journeymaps.map.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/** One point of an emotion curve: a step's score for a persona (null PERSONA_ID: the general curve). */
@Table("EMOTION")
@Preload({"MAP_ID", "STEP_ID", "PERSONA_ID", "SCORE"})
public interface EmotionEntity extends Entity {
    @Indexed
    long getMapId();
    void setMapId(long mapId);

    String getStepId();
    void setStepId(String stepId);

    @Indexed
    Long getPersonaId();
    void setPersonaId(Long personaId);

    int getScore();
    void setScore(int score);
}
