package io.journeymaps.map.model;

/** How often customers meet a pain point. */
public enum Frequency { RARELY, SOMETIMES, OFTEN, ALWAYS }
