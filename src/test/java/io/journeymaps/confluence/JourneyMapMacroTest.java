package io.journeymaps.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.journeymaps.common.InvalidInputException;
import io.journeymaps.host.UserRef;
import io.journeymaps.render.MacroInvocation;
import io.journeymaps.render.MacroView;
import io.journeymaps.render.RenderMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JourneyMapMacroTest {
    private static final UserRef ALICE = new UserRef("key-alice", "Alice");

    private final List<MacroInvocation> rendered = new ArrayList<>();
    private MacroView view = invocation -> {
        rendered.add(invocation);
        return "<div class=\"journey-map\">map</div>";
    };
    private final RequiredResources resources = mock(RequiredResources.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class);
    private final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);
    private final ConversionContext context = mock(ConversionContext.class);
    private final AbstractPage page = mock(AbstractPage.class);

    @BeforeEach
    void host() {
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        when(applicationProperties.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example.com/confluence/");
        when(page.getLatestVersionId()).thenReturn(42L);
        when(context.getEntity()).thenReturn(page);
        when(context.getSpaceKey()).thenReturn("DOCS");
        when(context.getOutputType()).thenReturn("display");
        when(context.getOutputDeviceType()).thenReturn("desktop");
    }

    private JourneyMapMacro macro(Optional<UserRef> viewer) {
        return new JourneyMapMacro(view, () -> viewer, pageBuilder, new ConfluenceBaseUrl(applicationProperties));
    }

    @Test
    void execute_onPageDisplay_rendersTheViewAndRequiresTheEditor() throws Exception {
        String html = macro(Optional.of(ALICE)).execute(Map.of("template", "saas-onboarding"), null, context);

        assertEquals("<div class=\"journey-map\">map</div>", html);
        verify(resources).requireWebResource("io.journeymaps.journey-maps:journey-map-editor");
        assertEquals(1, rendered.size());
        assertEquals(RenderMode.DISPLAY, rendered.get(0).mode());
        assertEquals(ALICE, rendered.get(0).viewer());
    }

    @Test
    void execute_passesPageSpaceParametersAndRestBase() throws Exception {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("mapKey", "7f1c");
        parameters.put("template", "buying-a-car");
        parameters.put("language", "fa");
        parameters.put("title", "Car journey");
        parameters.put(": = | RAW | = :", "mapKey=7f1c|template=buying-a-car");
        parameters.put("atlassian-macro-output-type", "BLOCK");

        macro(Optional.empty()).execute(parameters, null, context);

        MacroInvocation invocation = rendered.get(0);
        assertEquals(42L, invocation.pageId());
        assertEquals("DOCS", invocation.spaceKey());
        assertEquals(Map.of("mapKey", "7f1c", "template", "buying-a-car", "language", "fa", "title", "Car journey"),
                invocation.parameters());
        assertNull(invocation.viewer());
        assertEquals("fa", invocation.uiLanguage());
        assertEquals("/confluence/rest/journey-maps/1.0", invocation.restBase());
    }

    @Test
    void execute_withoutSpaceKeyInContext_takesThePagesSpace() throws Exception {
        when(context.getSpaceKey()).thenReturn(null);
        when(page.getSpaceKey()).thenReturn("TEAM");

        macro(Optional.empty()).execute(Map.of(), null, context);

        assertEquals("TEAM", rendered.get(0).spaceKey());
        assertEquals("en", rendered.get(0).uiLanguage());
    }

    @Test
    void execute_atSiteRoot_restBaseIsRootRelative() throws Exception {
        when(applicationProperties.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example.com");

        macro(Optional.empty()).execute(Map.of(), null, context);

        assertEquals("/rest/journey-maps/1.0", rendered.get(0).restBase());
    }

    @Test
    void execute_withoutEntity_showsSaveThePageNotice() throws Exception {
        when(context.getEntity()).thenReturn(null);

        String html = macro(Optional.of(ALICE)).execute(Map.of(), null, context);

        assertTrue(html.contains("Save the page to create the journey map."), html);
        assertTrue(rendered.isEmpty());
        verify(resources, never()).requireWebResource(anyString());
    }

    @ParameterizedTest
    @CsvSource({"pdf", "word", "html_export", "feed"})
    void execute_inExports_doesNotRequireTheEditor(String outputType) throws Exception {
        when(context.getOutputType()).thenReturn(outputType);

        macro(Optional.empty()).execute(Map.of(), null, context);

        assertEquals(RenderMode.EXPORT, rendered.get(0).mode());
        verify(resources, never()).requireWebResource(anyString());
    }

    @Test
    void execute_inEmail_doesNotRequireTheEditor() throws Exception {
        when(context.getOutputDeviceType()).thenReturn("email");

        macro(Optional.empty()).execute(Map.of(), null, context);

        assertEquals(RenderMode.EMAIL, rendered.get(0).mode());
        verify(resources, never()).requireWebResource(anyString());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "display, desktop, DISPLAY",
            "display, mobile, DISPLAY",
            "preview, desktop, DISPLAY",
            "null, null, DISPLAY",
            "pdf, desktop, EXPORT",
            "word, desktop, EXPORT",
            "html_export, desktop, EXPORT",
            "feed, desktop, EXPORT",
            "email, desktop, EMAIL",
            "display, email, EMAIL",
    })
    void renderMode_followsOutputTypeAndDevice(String outputType, String deviceType, RenderMode expected) {
        when(context.getOutputType()).thenReturn(outputType);
        when(context.getOutputDeviceType()).thenReturn(deviceType);

        assertEquals(expected, JourneyMapMacro.renderMode(context));
    }

    @Test
    void execute_whenTheViewFails_throwsMacroExecutionExceptionWithoutInternals() {
        view = invocation -> {
            throw new IllegalStateException("SQL error in AO_1A2B3C_MAP at row 7");
        };

        MacroExecutionException e = assertThrows(MacroExecutionException.class,
                () -> macro(Optional.empty()).execute(Map.of(), null, context));
        assertNull(e.getCause());
        assertTrue(e.getMessage().contains("could not be shown"), e.getMessage());
        assertFalse(e.getMessage().contains("SQL"), e.getMessage());
        assertFalse(e.getMessage().contains("AO_1A2B3C"), e.getMessage());
        verify(resources, never()).requireWebResource(anyString());
    }

    @Test
    void execute_withABadParameter_reportsTheFieldAndReason() {
        view = invocation -> {
            throw new InvalidInputException("template", "unknown template 'nope'");
        };

        MacroExecutionException e = assertThrows(MacroExecutionException.class,
                () -> macro(Optional.empty()).execute(Map.of("template", "nope"), null, context));
        assertEquals("template: unknown template 'nope'", e.getMessage());
    }

    @Test
    void macro_hasNoBodyAndIsABlock() {
        JourneyMapMacro macro = macro(Optional.empty());

        assertEquals(Macro.BodyType.NONE, macro.getBodyType());
        assertEquals(Macro.OutputType.BLOCK, macro.getOutputType());
    }

    @Test
    void execute_onAHistoricalVersion_usesTheCurrentPagesId() throws Exception {
        ContentEntityObject oldVersion = mock(ContentEntityObject.class);
        when(oldVersion.getId()).thenReturn(41L);
        when(oldVersion.getLatestVersionId()).thenReturn(42L);
        when(context.getEntity()).thenReturn(oldVersion);

        macro(Optional.empty()).execute(Map.of(), null, context);

        assertEquals(42L, rendered.get(0).pageId());
    }
}
