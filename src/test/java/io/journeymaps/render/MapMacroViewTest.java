package io.journeymaps.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.journeymaps.comment.CommentRepository;
import io.journeymaps.comment.model.Anchor;
import io.journeymaps.host.Permissions;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.MapService;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.Direction;
import io.journeymaps.map.model.JourneyMap;

/** The macro body: a map when there is (or may be made) one, the template chooser's container when not. */
class MapMacroViewTest {
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final String REST = "/confluence/rest/journey-maps/1.0";

    private final MapService maps = mock(MapService.class);
    private final Permissions permissions = mock(Permissions.class);
    private final CommentRepository comments = mock(CommentRepository.class);
    private final MapMacroView view = new MapMacroView(maps, new VelocityMapRenderer(), permissions, comments);

    @BeforeEach
    void noMapsYet() {
        when(maps.existingMapForMacro(anyLong(), any(), any(), any())).thenReturn(Optional.empty());
        when(maps.personasOf(any())).thenReturn(List.of());
        when(permissions.canEditPage(ALICE, 42L)).thenReturn(true);
    }

    @Test
    void withoutTemplate_andNoMap_rendersTheChooserContainer_andCreatesNothing() {
        String html = view.render(call(Map.of("mapKey", "k-1", "language", "fa"), RenderMode.DISPLAY, ALICE, "en"));

        assertTrue(html.contains("<div class=\"journey-map-container\" data-needs-template=\"true\" data-page-id=\"42\""
                + " data-macro-key=\"k-1\" data-template-language=\"fa\" data-rest-base=\"" + REST + "\""
                + " data-can-edit=\"true\" data-ui-language=\"en\" dir=\"ltr\">"), html);
        assertTrue(html.contains("Choose a template to start this journey map."), html);
        assertFalse(html.contains("data-map-id"), "no map, so no map id for the editor to load");
        verify(maps, never()).mapForMacro(anyLong(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void withoutTemplate_aViewerWhoCannotEdit_isToldTheMapIsNotStarted() {
        UserRef bob = new UserRef("bob", "Bob");

        String html = view.render(call(Map.of("mapKey", "k-1"), RenderMode.DISPLAY, bob, "en"));

        assertTrue(html.contains("data-can-edit=\"false\""), html);
        assertTrue(html.contains("This journey map has not been started yet."), html);
        assertFalse(html.contains("Choose a template"), html);
    }

    @Test
    void withoutMapKey_theChooserCreatesTheDefaultKeysMap() {
        String html = view.render(call(Map.of(), RenderMode.DISPLAY, ALICE, "en"));

        assertTrue(html.contains("data-macro-key=\"" + MapService.DEFAULT_MACRO_KEY + "\""), html);
        assertTrue(html.contains("data-template-language=\"\""), html);
        verify(maps).existingMapForMacro(42L, "DOCS", MapService.DEFAULT_MACRO_KEY, ALICE);
    }

    @Test
    void withoutTemplate_inArabic_isRightToLeftWithTheArabicMessage() {
        String html = view.render(call(Map.of("mapKey", "k-1"), RenderMode.DISPLAY, ALICE, "ar"));

        assertTrue(html.contains("data-ui-language=\"ar\" dir=\"rtl\""), html);
        assertTrue(html.contains(Labels.forLanguage("ar").get("view.not-started.choose")), html);
        assertFalse(html.contains("Choose a template"), html);
    }

    @Test
    void withoutTemplate_inExportAndEmail_isAPlainNotice() {
        for (RenderMode mode : List.of(RenderMode.EXPORT, RenderMode.EMAIL)) {
            String html = view.render(call(Map.of("mapKey", "k-1"), mode, ALICE, "en"));

            assertFalse(html.contains("journey-map-container"), mode + ": " + html);
            assertFalse(html.contains("data-"), mode + ": no data for an editor: " + html);
            assertTrue(html.contains("This journey map has not been started yet."), mode + ": " + html);
            assertTrue(html.contains("style=\"font-family"), mode + ": styled inline: " + html);
        }
    }

    @Test
    void withoutTemplate_escapesTheMacroKey() {
        String evil = "\"><script>alert(1)</script>";

        String html = view.render(call(Map.of("mapKey", evil), RenderMode.DISPLAY, ALICE, "en"));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("data-macro-key=\"&quot;&gt;&lt;script&gt;"), html);
    }

    @Test
    void withoutTemplate_butAnExistingOrForkedMap_rendersThatMap() {
        JourneyMap map = TestMaps.simple("Started map", Direction.LTR, List.of());
        when(maps.existingMapForMacro(42L, "DOCS", "k-1", ALICE)).thenReturn(Optional.of(map));

        String html = view.render(call(Map.of("mapKey", "k-1"), RenderMode.DISPLAY, ALICE, "en"));

        assertTrue(html.contains("data-map-id=\"" + map.id() + "\""), html);
        assertTrue(html.contains("Started map"), html);
        assertFalse(html.contains("data-needs-template"), html);
        verify(maps, never()).mapForMacro(anyLong(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void withTemplate_createsOrFindsTheMapAsBefore() {
        JourneyMap map = TestMaps.simple("From template", Direction.LTR, List.of());
        when(maps.mapForMacro(eq(42L), eq("DOCS"), eq("k-1"), eq("buying-a-car"), eq("en"), any(), eq(ALICE)))
                .thenReturn(map);

        String html = view.render(call(Map.of("mapKey", "k-1", "template", "buying-a-car"), RenderMode.DISPLAY,
                ALICE, "en"));

        assertTrue(html.contains("data-map-id=\"" + map.id() + "\""), html);
        assertFalse(html.contains("data-needs-template"), html);
        verify(maps, never()).existingMapForMacro(anyLong(), anyString(), anyString(), any());
    }

    @Test
    void aStartedMap_showsItsOpenCommentThreads_readFromTheStoreOnce() {
        JourneyMap map = TestMaps.simple("Commented", Direction.LTR, List.of(TestMaps.card("c1", "lane-actions", "step-1",
                TestMaps.fields(CardField.TEXT, "Reads reviews"))));
        when(maps.existingMapForMacro(42L, "DOCS", "k-1", ALICE)).thenReturn(Optional.of(map));
        when(comments.openThreadCounts(map.id())).thenReturn(Map.of(new Anchor(Anchor.Type.CARD, "c1"), 2,
                new Anchor(Anchor.Type.STEP, "step-1"), 1));

        String html = view.render(call(Map.of("mapKey", "k-1"), RenderMode.EXPORT, ALICE, "en"));

        assertTrue(html.contains(">2 comments</span>"), html);
        assertTrue(html.contains(">1 comment</span></th>"), html);
        verify(comments).openThreadCounts(map.id());
    }

    @Test
    void withoutAMap_readsNoComments() {
        view.render(call(Map.of("mapKey", "k-1"), RenderMode.DISPLAY, ALICE, "en"));

        verify(comments, never()).openThreadCounts(anyLong());
    }

    private static MacroInvocation call(Map<String, String> parameters, RenderMode mode, UserRef viewer, String ui) {
        return new MacroInvocation(42L, "DOCS", new HashMap<>(parameters), mode, viewer, ui, REST);
    }
}
