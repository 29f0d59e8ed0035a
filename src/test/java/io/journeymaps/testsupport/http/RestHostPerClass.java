package io.journeymaps.testsupport.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One standalone host for a test class: started in a temporary folder before the class's tests,
 * stopped and its folder removed after them. Register it as
 * {@code @RegisterExtension static final RestHostPerClass HOST = new RestHostPerClass();}.
 */
public final class RestHostPerClass implements BeforeAllCallback, AfterAllCallback {
    private Path data;
    private RestHost host;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        data = Files.createTempDirectory("jm-rest-host");
        host = RestHost.start(data);
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

    public RestHost host() {
        return host;
    }
}
