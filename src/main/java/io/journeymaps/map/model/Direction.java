package io.journeymaps.map.model;

/** Layout direction of the stages: right-to-left maps flow from the right. */
public enum Direction { LTR, RTL }
