package io.journeymaps.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.journeymaps.confluence.ComponentImports;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Fails when atlassian-plugin.xml, the components and their constructors drift apart: the checks
 * Confluence would otherwise only make when the plugin is installed.
 */
class WiringGuardTest {
    private static final String PLUGIN_KEY = "io.journeymaps.journey-maps";
    private static final String REST_ANNOTATIONS = "com/atlassian/plugins/rest/api/security/annotation/";

    private static Document descriptor;
    private static Map<String, Class<?>> classes;
    private static List<Class<?>> components;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = WiringGuardTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            assertTrue(in != null, "atlassian-plugin.xml is not on the classpath");
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        classes = new TreeMap<>();
        for (Path file : ClassFiles.ourClassFiles()) {
            String name = ClassFiles.className(file);
            classes.put(name, ClassFiles.load(name));
        }
        components = classes.values().stream().filter(c -> c.isAnnotationPresent(Named.class)).toList();
    }

    @Test
    void descriptor_hasThePluginKey() {
        assertEquals(PLUGIN_KEY, descriptor.getDocumentElement().getAttribute("key"));
    }

    @Test
    void everyClassNamedInTheDescriptor_exists() {
        List<String> missing = namedInDescriptor().stream().filter(name -> !loadable(name)).toList();

        assertEquals(List.of(), missing, "classes named in atlassian-plugin.xml but not compiled");
    }

    @Test
    void macros_implementMacro_andCanBeCreated() {
        List<String> macros = attributes("xhtml-macro", "class");
        assertTrue(!macros.isEmpty(), "no xhtml-macro module");
        for (String name : macros) {
            Class<?> type = ClassFiles.load(name);
            assertTrue(Macro.class.isAssignableFrom(type), name + " does not implement Macro");
            assertEquals(1, injectableConstructors(type).size(), name + " needs one constructor the container can use");
        }
    }

    @Test
    void upgradeTasks_implementActiveObjectsUpgradeTask_withAPublicNoArgConstructor() throws Exception {
        List<String> tasks = texts("upgradeTask");
        assertTrue(!tasks.isEmpty(), "no upgrade task in the <ao> module");
        for (String name : tasks) {
            Class<?> type = ClassFiles.load(name);
            assertTrue(ActiveObjectsUpgradeTask.class.isAssignableFrom(type), name + " is not an ActiveObjectsUpgradeTask");
            assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), name + " needs a public no-arg constructor");
        }
    }

    /** Needs the storage branch's entities: fails until they are merged. */
    @Test
    void aoEntities_areRawEntitiesInStorePackages() {
        List<String> entities = texts("entity");
        assertTrue(!entities.isEmpty(), "no <entity> in the <ao> module");
        List<String> wrong = new ArrayList<>();
        for (String name : entities) {
            if (!loadable(name)) {
                wrong.add(name + " (missing)");
                continue;
            }
            Class<?> type = ClassFiles.load(name);
            if (!RawEntity.class.isAssignableFrom(type) || !type.getPackageName().endsWith(".store")) {
                wrong.add(name + " (not a RawEntity in a .store package)");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aoModule_isTheOnlyOne_andHasANamespace() {
        NodeList ao = descriptor.getElementsByTagName("ao");
        assertEquals(1, ao.getLength(), "Active Objects allows one <ao> module per plugin");
        assertEquals("io.journeymaps", ((Element) ao.item(0)).getAttribute("namespace"));
    }

    @Test
    void macroConstants_matchTheDescriptor() throws Exception {
        Class<?> macro = ClassFiles.load("io.journeymaps.confluence.JourneyMapMacro");
        String webResource = (String) constant(macro, "EDITOR_WEB_RESOURCE");
        assertEquals(PLUGIN_KEY + ":journey-map-editor", webResource);
        assertTrue(attributes("web-resource", "key").contains("journey-map-editor"));

        Element rest = (Element) descriptor.getElementsByTagName("rest").item(0);
        assertEquals("/rest" + rest.getAttribute("path") + "/" + rest.getAttribute("version"), constant(macro, "REST_PATH"));
    }

    @Test
    void components_haveOneInjectableConstructor_takingOnlyComponentsPortsOrImports() {
        Set<Class<?>> imported = importedTypes();
        List<String> problems = new ArrayList<>();
        for (Class<?> component : components) {
            List<Constructor<?>> constructors = injectableConstructors(component);
            if (constructors.size() != 1) {
                problems.add(component.getName() + ": needs exactly one @Inject constructor (or a single constructor)");
                continue;
            }
            for (Class<?> parameter : constructors.get(0).getParameterTypes()) {
                if (component != ComponentImports.class && !imported.contains(parameter)) {
                    String why = unresolvable(parameter);
                    if (why != null) {
                        problems.add(component.getName() + ": parameter " + parameter.getName() + " " + why);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void componentImports_areAtlassianInterfaces_declaredOnlyInComponentImports() {
        for (Class<?> type : importedTypes()) {
            assertTrue(type.getName().startsWith("com.atlassian.") && type.isInterface(),
                    type.getName() + " is imported but is not a com.atlassian interface");
        }
        List<String> elsewhere = new ArrayList<>();
        for (Class<?> type : classes.values()) {
            if (type == ComponentImports.class) {
                continue;
            }
            boolean onField = Arrays.stream(type.getDeclaredFields()).anyMatch(f -> f.isAnnotationPresent(ComponentImport.class));
            boolean onParameter = Arrays.stream(type.getDeclaredConstructors())
                    .flatMap(c -> Arrays.stream(c.getParameters()))
                    .anyMatch(p -> p.isAnnotationPresent(ComponentImport.class));
            if (onField || onParameter) {
                elsewhere.add(type.getName());
            }
        }
        assertEquals(List.of(), elsewhere, "@ComponentImport belongs in ComponentImports only");
    }

    @Test
    void onlyTheConfluencePackage_referencesAtlassianTypes() {
        Map<String, Set<String>> offenders = new TreeMap<>();
        for (Path file : ClassFiles.ourClassFiles()) {
            String name = ClassFiles.className(file);
            if (name.startsWith("io.journeymaps.confluence.")) {
                continue;
            }
            boolean restResource = name.contains(".rest.");
            Set<String> refs = ClassFiles.atlassianReferences(file).stream()
                    .filter(ref -> !(restResource && ref.startsWith(REST_ANNOTATIONS)))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (!refs.isEmpty()) {
                offenders.put(name, refs);
            }
        }
        assertEquals(Map.of(), offenders);
    }

    /** The guard itself works: the Confluence adapters do reference Atlassian types. */
    @Test
    void referenceScan_seesTheAdaptersAtlassianTypes() {
        Path macro = ClassFiles.mainOutput().resolve("io/journeymaps/confluence/JourneyMapMacro.class");
        Set<String> refs = ClassFiles.atlassianReferences(macro);
        assertTrue(refs.contains("com/atlassian/confluence/macro/Macro"), refs.toString());
        assertTrue(refs.contains("com/atlassian/webresource/api/assembler/PageBuilderService"), refs.toString());
    }

    private static Set<Class<?>> importedTypes() {
        Set<Class<?>> imported = new LinkedHashSet<>();
        for (Constructor<?> constructor : ComponentImports.class.getDeclaredConstructors()) {
            for (Parameter parameter : constructor.getParameters()) {
                if (parameter.isAnnotationPresent(ComponentImport.class)) {
                    imported.add(parameter.getType());
                }
            }
        }
        assertTrue(!imported.isEmpty(), "ComponentImports imports nothing");
        return imported;
    }

    /** Null when the container can supply the type: a component, or a port with exactly one component. */
    private static String unresolvable(Class<?> type) {
        if (components.contains(type)) {
            return null;
        }
        if (!type.isInterface()) {
            return "is neither a component, an interface nor an imported host service";
        }
        List<String> implementations = components.stream().filter(type::isAssignableFrom).map(Class::getName).toList();
        if (implementations.size() == 1) {
            return null;
        }
        return implementations.isEmpty() ? "has no @Named implementation" : "is ambiguous: " + implementations;
    }

    private static List<Constructor<?>> injectableConstructors(Class<?> type) {
        List<Constructor<?>> annotated = Arrays.stream(type.getDeclaredConstructors())
                .filter(c -> c.isAnnotationPresent(Inject.class)).toList();
        if (!annotated.isEmpty()) {
            return annotated;
        }
        Constructor<?>[] all = type.getDeclaredConstructors();
        return all.length == 1 ? List.of(all[0]) : List.of();
    }

    private static Object constant(Class<?> type, String name) throws ReflectiveOperationException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }

    /** Class names in class attributes and in the <ao> module. */
    private static Set<String> namedInDescriptor() {
        Set<String> names = new LinkedHashSet<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String value = ((Element) all.item(i)).getAttribute("class");
            if (!value.isBlank()) {
                names.add(value.trim());
            }
        }
        names.addAll(texts("entity"));
        names.addAll(texts("upgradeTask"));
        return names;
    }

    private static List<String> attributes(String tag, String attribute) {
        List<String> values = new ArrayList<>();
        NodeList nodes = descriptor.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return values;
    }

    private static List<String> texts(String tag) {
        List<String> values = new ArrayList<>();
        NodeList nodes = descriptor.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }

    private static boolean loadable(String name) {
        try {
            Class.forName(name, false, WiringGuardTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
