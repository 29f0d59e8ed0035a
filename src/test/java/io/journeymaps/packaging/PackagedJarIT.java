package io.journeymaps.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checks the jar `mvn package` built (failsafe passes its path as journeymaps.jar). */
class PackagedJarIT {
    private static JarFile jar;
    private static List<String> entries;
    private static Document descriptor;

    @BeforeAll
    static void open() throws Exception {
        String path = System.getProperty("journeymaps.jar");
        assertNotNull(path, "system property journeymaps.jar is not set (run through failsafe)");
        jar = new JarFile(path);
        entries = Collections.list(jar.entries()).stream().map(JarEntry::getName).toList();
        JarEntry entry = jar.getJarEntry("atlassian-plugin.xml");
        assertNotNull(entry, "atlassian-plugin.xml is not at the jar root");
        try (InputStream in = jar.getInputStream(entry)) {
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    @AfterAll
    static void close() throws IOException {
        if (jar != null) {
            jar.close();
        }
    }

    @Test
    void jar_holdsNoAtlassianClasses() {
        assertEquals(List.of(), entries.stream().filter(e -> e.startsWith("com/atlassian/")).toList(),
                "the compile-only declarations must never be packaged: Confluence supplies the real types");
    }

    @Test
    void jar_holdsThePluginClassesButNotTheStandaloneHost() {
        assertTrue(entries.contains("io/journeymaps/confluence/JourneyMapMacro.class"));
        assertTrue(entries.contains("io/journeymaps/confluence/ComponentImports.class"));
        assertEquals(List.of(), entries.stream().filter(e -> e.startsWith("io/journeymaps/standalone/")).toList());
    }

    @Test
    void descriptor_isThePlugins() {
        assertEquals("io.journeymaps.journey-maps", descriptor.getDocumentElement().getAttribute("key"));
    }

    @Test
    void i18nBundlesOfTheDescriptor_arePackaged() {
        List<String> missing = new ArrayList<>();
        for (Element resource : resources("i18n")) {
            String bundle = resource.getAttribute("location").replace('.', '/') + ".properties";
            if (!entries.contains(bundle)) {
                missing.add(bundle);
            }
        }
        assertEquals(List.of(), missing);
    }

    /** Downloads (icons, images); the editor bundle only when the front end was built into this jar. */
    @Test
    void downloadResourcesOfTheDescriptor_arePackaged() {
        boolean frontendBuilt = entries.stream().anyMatch(e -> e.startsWith("frontend/") && !e.equals("frontend/"));
        List<String> missing = new ArrayList<>();
        for (Element resource : resources("download")) {
            String location = resource.getAttribute("location").replaceFirst("^/", "");
            if (location.startsWith("frontend/") && !frontendBuilt) {
                continue;
            }
            boolean present = location.endsWith("/")
                    ? entries.stream().anyMatch(e -> e.startsWith(location) && !e.equals(location))
                    : entries.contains(location);
            if (!present) {
                missing.add(location);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void macroIcon_isPackaged() {
        Element macro = (Element) descriptor.getElementsByTagName("xhtml-macro").item(0);
        String icon = macro.getAttribute("icon");
        String prefix = "/download/resources/io.journeymaps.journey-maps/";
        assertTrue(icon.startsWith(prefix), icon);
        assertTrue(entries.contains(icon.substring(prefix.length())), icon + " is not in the jar");
    }

    @Test
    void velocityTemplates_arePackaged_whenTheProjectHasThem() throws IOException {
        Path templates = Path.of("src/main/resources/templates");
        if (!Files.isDirectory(templates)) {
            return;
        }
        try (Stream<Path> files = Files.walk(templates)) {
            List<String> missing = files.filter(f -> f.toString().endsWith(".vm"))
                    .map(f -> "templates/" + templates.relativize(f).toString().replace('\\', '/'))
                    .filter(e -> !entries.contains(e))
                    .toList();
            assertEquals(List.of(), missing);
        }
    }

    @Test
    void springContextAndManifest_letThePluginFrameworkStartIt() throws IOException {
        assertTrue(entries.contains("META-INF/spring/plugin-context.xml"));
        Attributes manifest = jar.getManifest().getMainAttributes();
        assertEquals("io.journeymaps.journey-maps", manifest.getValue("Atlassian-Plugin-Key"));
        assertEquals("*", manifest.getValue("Spring-Context"));
    }

    private static List<Element> resources(String type) {
        List<Element> found = new ArrayList<>();
        NodeList all = descriptor.getElementsByTagName("resource");
        for (int i = 0; i < all.getLength(); i++) {
            Element resource = (Element) all.item(i);
            if (type.equals(resource.getAttribute("type"))) {
                found.add(resource);
            }
        }
        return found;
    }
}
