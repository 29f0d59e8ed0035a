package io.journeymaps.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.HttpMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.journeymaps.testsupport.http.RestHostPerClass;
import io.journeymaps.testsupport.http.ApiResponse;

/**
 * The OpenAPI document describes exactly the resource methods the plugin has: every JAX-RS method
 * of every {@code io.journeymaps..rest} class (class path + method path, HTTP method) is in it,
 * nothing in it is missing from the code, and the host serves it.
 */
class OpenApiCoverageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final RestHostPerClass HOST = new RestHostPerClass();

    /** One resource method as the document names it, e.g. "POST /maps/{mapId}/operations". */
    record Endpoint(String method, String path) implements Comparable<Endpoint> {
        @Override
        public int compareTo(Endpoint o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void everyResourceMethod_isInTheDocument() throws Exception {
        Set<Endpoint> code = resourceMethods();

        assertTrue(code.size() >= 12, "the scan found the resources: " + code);
        assertEquals(Set.of(), missingFrom(document(), code), "resource methods missing from the OpenAPI document");
    }

    @Test
    void everyDocumentedOperation_existsInTheCode() throws Exception {
        Set<Endpoint> documented = documented(document());

        documented.removeAll(resourceMethods());

        assertEquals(Set.of(), documented, "documented operations without a resource method");
    }

    @Test
    void aDocumentWithoutAnOperation_isCaught() throws Exception {
        ObjectNode doc = (ObjectNode) document();
        ((ObjectNode) doc.get("paths").get("/maps/{mapId}/operations")).remove("post");
        ((ObjectNode) doc.get("paths")).remove("/templates");

        Set<Endpoint> missing = missingFrom(doc, resourceMethods());

        assertEquals(Set.of(new Endpoint("POST", "/maps/{mapId}/operations"), new Endpoint("GET", "/templates")), missing);
    }

    @Test
    void normalise_joinsPathsAndDropsTemplateRegexes() {
        assertEquals("/maps/{mapId}/operations", normalise("/maps", "{mapId}/operations"));
        assertEquals("/spaces/{spaceKey}/personas", normalise("/", "spaces/{spaceKey}/personas"));
        assertEquals("/maps/{mapId}", normalise("maps/", "/{mapId: [0-9]+}/"));
        assertEquals("/openapi.json", normalise("/openapi.json", null));
    }

    @Test
    void theHostServesTheDocument_toAnyone() throws Exception {
        ApiResponse served = HOST.host().as("anonymous").get("/openapi.json");

        assertEquals(200, served.status(), served::toString);
        assertTrue(served.header("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(document(), served.json());
    }

    @Test
    void theDocument_isOpenApi3_servedUnderTheRestBase() throws Exception {
        JsonNode doc = document();

        assertTrue(doc.get("openapi").asText().startsWith("3."));
        assertEquals("/rest/journey-maps/1.0", doc.get("servers").get(0).get("url").asText());
        assertFalse(doc.get("info").get("version").asText().isBlank());
    }

    static Set<Endpoint> missingFrom(JsonNode doc, Set<Endpoint> code) {
        Set<Endpoint> missing = new TreeSet<>(code);
        missing.removeAll(documented(doc));
        return missing;
    }

    static Set<Endpoint> documented(JsonNode doc) {
        Set<Endpoint> documented = new TreeSet<>();
        for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            for (Iterator<String> methods = doc.get("paths").get(path).fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                    documented.add(new Endpoint(method.toUpperCase(Locale.ROOT), path));
                }
            }
        }
        return documented;
    }

    /** Every JAX-RS resource method of the compiled io.journeymaps..rest classes. */
    static Set<Endpoint> resourceMethods() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(OpenApiResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<Endpoint> endpoints = new TreeSet<>();
        for (String name : restClassNames(classes)) {
            Class<?> type = Class.forName(name, false, OpenApiCoverageTest.class.getClassLoader());
            jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method m : type.getMethods()) {
                String httpMethod = httpMethod(m);
                if (httpMethod != null) {
                    jakarta.ws.rs.Path methodPath = m.getAnnotation(jakarta.ws.rs.Path.class);
                    endpoints.add(new Endpoint(httpMethod, normalise(classPath.value(),
                            methodPath == null ? null : methodPath.value())));
                }
            }
        }
        return endpoints;
    }

    private static List<String> restClassNames(Path classes) throws IOException {
        Path root = classes.resolve("io/journeymaps");
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.map(f -> classes.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".class") && !f.contains("$") && f.matches("io/journeymaps/(.+/)?rest/[^/]+"))
                    .forEach(f -> names.add(f.substring(0, f.length() - ".class".length()).replace('/', '.')));
        }
        return names;
    }

    private static String httpMethod(Method m) {
        for (var annotation : m.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** Class and method paths joined with single slashes, "{name: regex}" reduced to "{name}", no trailing slash. */
    static String normalise(String classPath, String methodPath) {
        String joined = "/" + classPath + "/" + (methodPath == null ? "" : methodPath);
        String path = joined.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static JsonNode document() throws IOException {
        try (InputStream in = OpenApiCoverageTest.class.getResourceAsStream("/openapi/journey-maps.json")) {
            assertTrue(in != null, "/openapi/journey-maps.json is on the class path");
            return JSON.readTree(in);
        }
    }
}
