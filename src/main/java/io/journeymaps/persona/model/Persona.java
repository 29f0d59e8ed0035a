package io.journeymaps.persona.model;

/**
 * A persona of the space-level persona library. Only {@code name} is required; attached to any
 * number of maps ("start with no more than three").
 */
public record Persona(
        long id,
        String spaceKey,
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
