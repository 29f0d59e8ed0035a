package io.journeymaps.map.model;

/** A colour tag any card may carry; always shown with its name too. */
public enum ColourTag { RED, ORANGE, YELLOW, GREEN, BLUE, PURPLE, GREY }
