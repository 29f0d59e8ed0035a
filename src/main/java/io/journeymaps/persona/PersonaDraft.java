package io.journeymaps.persona;

/** A persona's fields as a user enters them, before validation; ids and space come from elsewhere. */
public record PersonaDraft(
        String name,
        String colour,
        String photoUrl,
        Integer age,
        String jobTitle,
        String familyStatus,
        String incomeBand,
        String gender,
        String professionalGoals,
        String personalGoals,
        String purchaseMotivations,
        String keyInfluencers,
        String quote,
        String notes) {
}
