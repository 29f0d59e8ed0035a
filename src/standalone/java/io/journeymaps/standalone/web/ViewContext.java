package io.journeymaps.standalone.web;

import io.journeymaps.standalone.site.DemoUser;

/** What every page of the site needs to draw its chrome. {@code user} is null when anonymous. */
record ViewContext(DemoUser user, String uiLanguage, String path, String baseUrl, Assets assets) {
    String locale() {
        return Requests.locale(uiLanguage);
    }
}
