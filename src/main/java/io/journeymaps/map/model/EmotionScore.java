package io.journeymaps.map.model;

/**
 * A point of the emotion curve: how a persona feels at a step, from −2 to +2. A null persona id
 * is the map's general curve, used before any persona is attached.
 */
public record EmotionScore(String stepId, Long personaId, int score) {
    public static final int MIN = -2;
    public static final int MAX = 2;
}
