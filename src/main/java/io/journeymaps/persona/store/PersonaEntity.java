package io.journeymaps.persona.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A persona of a space's persona library. */
@Table("PERSONA")
@Preload({"SPACE_KEY", "NAME", "COLOUR", "PHOTO_URL", "AGE", "JOB_TITLE", "FAMILY_STATUS", "INCOME_BAND", "GENDER",
        "PROFESSIONAL_GOALS", "PERSONAL_GOALS", "PURCHASE_MOTIVATIONS", "KEY_INFLUENCERS", "PERSONA_QUOTE", "NOTES"})
public interface PersonaEntity extends Entity {
    @Indexed
    String getSpaceKey();
    void setSpaceKey(String spaceKey);

    @NotNull
    String getName();
    void setName(String name);

    String getColour();
    void setColour(String colour);

    @StringLength(StringLength.UNLIMITED)
    String getPhotoUrl();
    void setPhotoUrl(String photoUrl);

    Integer getAge();
    void setAge(Integer age);

    String getJobTitle();
    void setJobTitle(String jobTitle);

    String getFamilyStatus();
    void setFamilyStatus(String familyStatus);

    String getIncomeBand();
    void setIncomeBand(String incomeBand);

    String getGender();
    void setGender(String gender);

    @StringLength(StringLength.UNLIMITED)
    String getProfessionalGoals();
    void setProfessionalGoals(String professionalGoals);

    @StringLength(StringLength.UNLIMITED)
    String getPersonalGoals();
    void setPersonalGoals(String personalGoals);

    @StringLength(StringLength.UNLIMITED)
    String getPurchaseMotivations();
    void setPurchaseMotivations(String purchaseMotivations);

    @StringLength(StringLength.UNLIMITED)
    String getKeyInfluencers();
    void setKeyInfluencers(String keyInfluencers);

    @StringLength(StringLength.UNLIMITED)
    String getPersonaQuote();
    void setPersonaQuote(String personaQuote);

    @StringLength(StringLength.UNLIMITED)
    String getNotes();
    void setNotes(String notes);
}
