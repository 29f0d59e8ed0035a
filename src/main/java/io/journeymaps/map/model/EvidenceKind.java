package io.journeymaps.map.model;

/** Solicited evidence was asked for (surveys, interviews); unsolicited arrived on its own (support logs, analytics). */
public enum EvidenceKind { SOLICITED, UNSOLICITED }
