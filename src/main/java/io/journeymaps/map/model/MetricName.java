package io.journeymaps.map.model;

/** What a metric card measures. */
public enum MetricName {
    CSAT, NPS, CES, RESPONSE_TIME, CONVERSION_RATE, REFERRAL_RATE, PAGES_VISITED, TIME_ON_SITE, CUSTOM
}
