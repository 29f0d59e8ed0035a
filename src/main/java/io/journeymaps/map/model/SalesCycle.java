package io.journeymaps.map.model;

public enum SalesCycle { INSTANT, DAYS_30, MONTHS_6_PLUS, UNKNOWN }
