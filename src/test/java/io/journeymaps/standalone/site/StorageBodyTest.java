package io.journeymaps.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StorageBodyTest {
    @Test
    void journeyMapMacro_readsBackWithItsParameters() {
        String body = StorageBody.paragraph("Intro") + StorageBody.journeyMapMacro("saas-onboarding", "fa");

        List<MacroCall> macros = StorageBody.macros(body);

        assertEquals(1, macros.size());
        assertEquals("journey-map", macros.get(0).name());
        assertEquals("saas-onboarding", macros.get(0).parameters().get("template"));
        assertEquals("fa", macros.get(0).parameters().get("language"));
        assertEquals(36, macros.get(0).parameters().get("mapKey").length());
    }

    @Test
    void journeyMapMacro_withoutTemplate_leavesTheChoiceToTheEditor() {
        Map<String, String> parameters = StorageBody.macros(StorageBody.journeyMapMacro(null, "ar")).get(0).parameters();

        assertFalse(parameters.containsKey("template"));
        assertEquals("ar", parameters.get("language"));
        assertEquals(36, parameters.get("mapKey").length());
    }

    @Test
    void journeyMapMacro_getsAFreshMapKeyEachTime() {
        String first = StorageBody.macros(StorageBody.journeyMapMacro("a", "en")).get(0).parameters().get("mapKey");
        String second = StorageBody.macros(StorageBody.journeyMapMacro("a", "en")).get(0).parameters().get("mapKey");

        assertFalse(first.equals(second));
    }

    @Test
    void parameterValues_areEscapedInTheBody_andRestoredWhenRead() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("title", "<b>\"Tom & Jerry's\"</b>");
        String body = StorageBody.macro("journey-map", parameters);

        assertFalse(body.contains("<b>"));
        assertEquals("<b>\"Tom & Jerry's\"</b>", StorageBody.macros(body).get(0).parameters().get("title"));
    }

    @Test
    void replaceMacros_keepsTheTextAroundEachMacro() {
        String body = "<p>one</p>" + StorageBody.journeyMapMacro("a", "en") + "<p>two $1 \\</p>"
                + StorageBody.journeyMapMacro("b", "ar") + "<p>three</p>";

        String html = StorageBody.replaceMacros(body, call -> "[" + call.parameters().get("template") + "$]");

        assertEquals("<p>one</p>[a$]<p>two $1 \\</p>[b$]<p>three</p>", html);
    }

    @Test
    void seededContent_usesEveryBuiltInTemplate_andPutsTwoMapsOnOnePage() {
        List<MacroCall> all = new DemoContent().spaces().stream()
                .flatMap(s -> s.pages().stream())
                .flatMap(p -> StorageBody.macros(p.body()).stream()).toList();

        assertTrue(all.stream().map(c -> c.parameters().get("template")).toList().containsAll(DemoContent.TEMPLATES));
        assertTrue(new DemoContent().spaces().get(0).pages().stream()
                .anyMatch(p -> StorageBody.macros(p.body()).size() == 2));
    }
}
