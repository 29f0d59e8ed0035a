package io.journeymaps.map.model;

/** A current-state map describes today; a future-state map is derived from a current one. */
public enum MapState { CURRENT, FUTURE }
