package io.journeymaps.map.model;

/** How much a pain point hurts. */
public enum Severity { LOW, MEDIUM, HIGH, CRITICAL }
