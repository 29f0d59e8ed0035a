package io.journeymaps.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.journeymaps.testsupport.browser.Chromium;
import io.journeymaps.testsupport.http.RestHost;

/**
 * The standalone host a browser test class runs against: skipped (or failed, when required) without
 * Chromium, started in a temporary folder before the class's tests, stopped and removed after them.
 * Register it as {@code @RegisterExtension static final DemoHost DEMO = new DemoHost();}.
 */
final class DemoHost implements BeforeAllCallback, AfterAllCallback {
    private Path data;
    private RestHost host;
    private MapsOverRest rest;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Chromium.assumeAvailable();
        data = Files.createTempDirectory("jm-browser-host");
        host = RestHost.start(data);
        rest = new MapsOverRest(host);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (host != null) {
                host.close();
            }
        } finally {
            if (data != null) {
                try (Stream<Path> files = Files.walk(data)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    RestHost host() {
        return host;
    }

    MapsOverRest rest() {
        return rest;
    }
}
