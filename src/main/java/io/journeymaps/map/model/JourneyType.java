package io.journeymaps.map.model;

public enum JourneyType { NEW_CUSTOMER, RENEWAL, PROBLEM_RESOLUTION, ONBOARDING, CUSTOM }
