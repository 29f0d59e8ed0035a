package io.journeymaps.map.model;

/** Where a touchpoint happens. */
public enum Channel {
    WEB, MOBILE_APP, EMAIL, CHAT, PHONE, SOCIAL, IN_PERSON, ADVERTISING, CONTENT, EVENT, SELF_SERVICE, OTHER
}
