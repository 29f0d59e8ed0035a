package io.journeymaps.browser;


import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.journeymaps.testsupport.browser.Chromium;
import io.journeymaps.testsupport.http.RestHost;
import io.journeymaps.testsupport.http.RestHostPerClass;

/**
 * The standalone host a browser test class runs against: skipped (or failed, when required) without
 * Chromium, started in a temporary folder before the class's tests, stopped and removed after them.
 * Register it as {@code @RegisterExtension static final DemoHost DEMO = new DemoHost();}.
 */
final class DemoHost implements BeforeAllCallback, AfterAllCallback {
    private final RestHostPerClass hostPerClass = new RestHostPerClass();
    private MapsOverRest rest;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Chromium.assumeAvailable();
        hostPerClass.beforeAll(context);
        rest = new MapsOverRest(hostPerClass.host());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        hostPerClass.afterAll(context);
    }

    RestHost host() {
        return hostPerClass.host();
    }

    MapsOverRest rest() {
        return rest;
    }
}
