package io.journeymaps.testsupport.process;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The class path a child JVM needs to run test and standalone classes: surefire's test class path
 * when running under surefire (its own java.class.path may be a manifest-only jar), else the
 * URLs of the context class loader (exec:java), else this JVM's java.class.path.
 */
public final class TestClasspath {
    private TestClasspath() {
    }

    public static String current() {
        String surefire = System.getProperty("surefire.test.class.path");
        if (surefire != null && !surefire.isBlank()) {
            return surefire;
        }
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader loader = Thread.currentThread().getContextClassLoader(); loader != null;
             loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    toPath(url, entries);
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void toPath(URL url, Set<String> entries) {
        if ("file".equals(url.getProtocol())) {
            try {
                entries.add(Path.of(url.toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a local file: a child JVM could not use it either
            }
        }
    }
}
