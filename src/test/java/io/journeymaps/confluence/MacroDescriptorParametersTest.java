package io.journeymaps.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.journeymaps.map.template.BuiltInTemplates;
import io.journeymaps.map.template.TemplateInfo;

/** The macro browser offers exactly the templates and languages the catalogue has. */
class MacroDescriptorParametersTest {
    private final BuiltInTemplates templates = new BuiltInTemplates();

    @Test
    void templateParameter_listsEveryBuiltInTemplate_inCatalogueOrder() throws Exception {
        List<String> ids = templates.list("en").stream().map(TemplateInfo::id).toList();
        assertEquals(ids, enumValues("template"));
    }

    @Test
    void languageParameter_listsEveryTemplateLanguage() throws Exception {
        assertEquals(new TreeSet<>(templates.languages()), new TreeSet<>(enumValues("language")));
    }

    private static List<String> enumValues(String parameter) throws Exception {
        try (InputStream in = MacroDescriptorParametersTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            NodeList params = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("parameter");
            for (int i = 0; i < params.getLength(); i++) {
                Element p = (Element) params.item(i);
                if (parameter.equals(p.getAttribute("name"))) {
                    List<String> values = new ArrayList<>();
                    NodeList v = p.getElementsByTagName("value");
                    for (int j = 0; j < v.getLength(); j++) {
                        values.add(((Element) v.item(j)).getAttribute("name"));
                    }
                    return values;
                }
            }
        }
        throw new AssertionError("no macro parameter " + parameter + " in atlassian-plugin.xml");
    }
}
