package io.journeymaps.render;

import static io.journeymaps.render.TestMaps.card;
import static io.journeymaps.render.TestMaps.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.journeymaps.comment.model.Anchor;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.Channel;
import io.journeymaps.map.model.Direction;
import io.journeymaps.map.model.EmotionScore;
import io.journeymaps.map.model.EvidenceKind;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.MetricName;
import io.journeymaps.map.model.Severity;
import io.journeymaps.map.model.Stage;
import io.journeymaps.map.model.StatusCategory;
import io.journeymaps.map.model.Step;
import io.journeymaps.persona.model.Persona;

class VelocityMapRendererTest {
    private static final String EVIL = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
    private final VelocityMapRenderer renderer = new VelocityMapRenderer();

    @Test
    void render_escapesUserTextInEveryField() {
        List<Card> cards = List.of(
                card("c1", "lane-actions", "step-1", fields(CardField.TEXT, EVIL, CardField.OWNER, EVIL)),
                card("c2", "lane-onstage", "step-1", fields(CardField.TEXT, "x", CardField.ACTOR, EVIL)),
                card("c3", "lane-metrics", "step-2", fields(CardField.TEXT, "m", CardField.METRIC_UNIT, EVIL,
                        CardField.METRIC_TARGET, 3.0, CardField.METRIC_SOURCE, EVIL)),
                card("c4", "lane-evidence", "step-2", fields(CardField.TEXT, "e",
                        CardField.EVIDENCE_SOURCE, "https://example.com/?q=\"><script>x</script>",
                        CardField.EVIDENCE_QUOTE, EVIL)),
                card("c5", "lane-pain_points", "step-2", fields(CardField.TEXT, "p", CardField.SEVERITY, Severity.LOW)));
        JourneyMap map = TestMaps.simple(EVIL, Direction.LTR, cards);
        map = map.withStages(List.of(new Stage("s", EVIL, false, List.of(new Step("step-1", EVIL, false),
                new Step("step-2", "two", false)))));
        List<Lane> lanes = new ArrayList<>(map.lanes());
        lanes.set(0, lanes.get(0).withName(EVIL));
        map = map.withLanes(lanes).withJiraLinks(List.of(new JiraLink("c5", "srv", "KEY-1<b>", EVIL, EVIL,
                StatusCategory.DONE, EVIL, Instant.EPOCH)));
        RenderRequest request = new RenderRequest(map, List.of(TestMaps.persona(1, EVIL, "red\" onload=\"x")),
                RenderMode.DISPLAY, "en", true, "/rest\"><script>");
        map = map.withEmotions(List.of(new EmotionScore("step-1", 1L, 2)));
        request = new RenderRequest(map, request.personas(), RenderMode.DISPLAY, "en", true, request.restBase());

        String html = renderer.render(request);

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("alert('x')"), "single quotes escaped");
        assertFalse(html.contains("\" onload"), "persona colour never reaches an attribute raw");
        assertFalse(html.contains("KEY-1<b>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img"));
        // Every occurrence was escaped, whichever field it came from: title, stage, step, lane, card,
        // owner, actor, unit, source, quote, persona, Jira summary/status/assignee.
        assertTrue(count(html, "&lt;script&gt;alert(&#39;x&#39;)") >= 12, html);
    }

    @Test
    void render_onlyHttpLinksBecomeHrefs() {
        List<Card> cards = List.of(
                card("c1", "lane-evidence", "step-1", fields(CardField.TEXT, "a",
                        CardField.EVIDENCE_SOURCE, "javascript:alert(1)")),
                card("c2", "lane-evidence", "step-1", fields(CardField.TEXT, "b",
                        CardField.EVIDENCE_SOURCE, " JaVaScRiPt:alert(2)")),
                card("c3", "lane-evidence", "step-2", fields(CardField.TEXT, "c",
                        CardField.EVIDENCE_SOURCE, "https://example.com/report?a=1&b=2",
                        CardField.EVIDENCE_KIND, EvidenceKind.UNSOLICITED)));
        String html = render(TestMaps.simple("t", Direction.LTR, cards), RenderMode.EXPORT);

        assertFalse(html.contains("href=\"javascript"), html);
        assertFalse(html.contains("href=\" JaVaScRiPt"), html);
        assertTrue(html.contains("javascript:alert(1)"), "shown as text");
        assertTrue(html.contains("href=\"https://example.com/report?a=1&amp;b=2\""), html);
        assertTrue(html.contains("Unsolicited"), html);
    }

    @Test
    void render_painPointShowsSeverityLabelAndColour() {
        List<Card> cards = List.of(card("c1", "lane-pain_points", "step-1",
                fields(CardField.TEXT, "Slow checkout", CardField.SEVERITY, Severity.CRITICAL)));
        String html = render(TestMaps.simple("t", Direction.LTR, cards), RenderMode.DISPLAY);

        assertTrue(html.contains("jm-severity-critical"), html);
        assertTrue(html.contains(">Critical</span>"), "label, not colour alone");
        assertTrue(html.contains("background:#DE350B"), html);
    }

    @Test
    void render_showsTypedFieldsOfEachLane() {
        List<Card> cards = List.of(
                card("o", "lane-opportunities", "step-1", fields(CardField.TEXT, "Guest checkout",
                        CardField.FEASIBLE, 4, CardField.VIABLE, 3, CardField.DESIRABLE, 5)),
                card("t", "lane-touchpoints", "step-1", fields(CardField.TEXT, "Chat", CardField.CHANNEL, Channel.CHAT)),
                card("m", "lane-metrics", "step-2", fields(CardField.TEXT, "Conv", CardField.METRIC_NAME,
                        MetricName.CONVERSION_RATE, CardField.METRIC_UNIT, "%", CardField.METRIC_TARGET, 3.5,
                        CardField.METRIC_ACTUAL, 2.0)),
                card("mtm", "lane-actions", "step-2", fields(CardField.TEXT, "Pays", CardField.MOMENT_THAT_MATTERS, true)));
        JourneyMap map = TestMaps.simple("t", Direction.LTR, cards)
                .withJiraLinks(List.of(new JiraLink("o", "srv", "JM-12", "Add guest checkout", "In Review",
                        StatusCategory.INDETERMINATE, "alice", Instant.EPOCH)));
        String html = render(map, RenderMode.DISPLAY);

        assertTrue(html.contains("4 / 5") && html.contains("3 / 5") && html.contains("5 / 5"), html);
        assertTrue(html.contains("Priority:</span> <span dir=\"auto\">12 / 15"), html);
        assertTrue(html.contains("Chat</span>") && html.contains("Channel:"), html);
        assertTrue(html.contains("Conversion rate") && html.contains("3.5 %") && html.contains("2 %"), html);
        assertTrue(html.contains("Moment that matters"), html);
        assertTrue(html.contains("JM-12") && html.contains("In Review") && html.contains("jm-jira-indeterminate"));
        assertTrue(html.contains("<p class=\"jm-card-text\" dir=\"auto\">Guest checkout</p>"), html);
    }

    @Test
    void render_showsOpenCommentThreadsPerCardStageAndStep_asText_inEveryMode() {
        List<Card> cards = List.of(card("c1", "lane-actions", "step-1", fields(CardField.TEXT, "Reads")),
                card("c2", "lane-actions", "step-2", fields(CardField.TEXT, "Compares")),
                card("c3", "lane-actions", "step-2", fields(CardField.TEXT, "Quiet")));
        Map<Anchor, Integer> open = Map.of(new Anchor(Anchor.Type.CARD, "c1"), 2, new Anchor(Anchor.Type.CARD, "c2"), 1,
                new Anchor(Anchor.Type.STAGE, "stage-1"), 3, new Anchor(Anchor.Type.STEP, "step-2"), 1,
                new Anchor(Anchor.Type.CARD, "gone"), 5);
        JourneyMap map = TestMaps.simple("t", Direction.LTR, cards);
        for (RenderMode mode : RenderMode.values()) {
            String html = renderer.render(new RenderRequest(map, List.of(), mode, "en", false, "/r", open));

            String c1 = html.substring(html.indexOf(">Reads<"), html.indexOf(">Compares<"));
            assertTrue(c1.contains(">2 comments</span>"), mode + ": " + c1);
            String c2 = html.substring(html.indexOf(">Compares<"), html.indexOf(">Quiet<"));
            assertTrue(c2.contains(">1 comment</span>"), mode + ": " + c2);
            assertFalse(html.substring(html.indexOf(">Quiet<")).contains("jm-comment-count"), mode + ": " + html);
            assertTrue(html.contains("Awareness <span class=\"jm-comment-count\""), mode + ": " + html);
            assertTrue(html.contains(">3 comments</span></th>"), mode + ": stage header: " + html);
            assertTrue(html.contains("Searches <span class=\"jm-comment-count\""), mode + ": step header: " + html);
            assertFalse(html.contains("Notices <span"), mode + ": no count without open threads: " + html);
            assertFalse(html.contains("5 comments"), mode + ": a removed card's threads show nowhere: " + html);
            assertEquals(4, count(html, "jm-comment-count"), mode + ": " + html);
        }
    }

    @Test
    void render_commentCounts_inArabic_andWithoutCounts_noneShown() {
        List<Card> cards = List.of(card("c1", "lane-actions", "step-1", fields(CardField.TEXT, "Reads")));
        JourneyMap map = TestMaps.simple("t", Direction.RTL, cards);

        String ar = renderer.render(new RenderRequest(map, List.of(), RenderMode.EXPORT, "ar", false, "/r",
                Map.of(new Anchor(Anchor.Type.CARD, "c1"), 4)));

        assertTrue(ar.contains(">4 تعليقات</span>"), ar);
        assertFalse(render(map, RenderMode.DISPLAY).contains("jm-comment-count"));
    }

    @Test
    void render_displayWrapsInEditorContainer() {
        String html = render(TestMaps.simple("t", Direction.LTR, List.of()), RenderMode.DISPLAY);

        assertTrue(html.contains("<div class=\"journey-map-container\" data-map-id=\"5\" data-map-version=\"7\" "
                + "data-rest-base=\"/confluence/rest/journey-maps/1.0\" data-can-edit=\"true\" "
                + "data-ui-language=\"en\" dir=\"ltr\">"), html);
        RenderRequest readOnly = new RenderRequest(TestMaps.simple("t", Direction.LTR, List.of()), List.of(),
                RenderMode.DISPLAY, "fa_IR", false, "/r");
        String other = renderer.render(readOnly);
        assertTrue(other.contains("data-can-edit=\"false\""));
        assertTrue(other.contains("data-ui-language=\"fa\""));
    }

    @Test
    void render_exportAndEmailHaveNoEditorHooksNoScriptAndInlineStyles() {
        List<Card> cards = List.of(card("c1", "lane-actions", "step-1", fields(CardField.TEXT, "Reads")));
        for (RenderMode mode : List.of(RenderMode.EXPORT, RenderMode.EMAIL)) {
            String html = render(TestMaps.simple("t", Direction.LTR, cards), mode);
            assertFalse(html.contains("data-can-edit"), html);
            assertFalse(html.contains("journey-map-container"), html);
            assertFalse(html.contains("data-card-id"), html);
            assertFalse(html.toLowerCase().contains("<script"), html);
            assertTrue(html.contains("style=\"border:1px solid #DFE1E6;padding:6px;vertical-align:top;\""), html);
        }
        assertTrue(render(TestMaps.simple("t", Direction.LTR, cards), RenderMode.EXPORT).contains("<svg"));
        String email = render(TestMaps.simple("t", Direction.LTR, cards), RenderMode.EMAIL);
        assertFalse(email.contains("<svg"), "mail clients drop SVG");
        assertTrue(email.contains("All customers: -2"), email);
    }

    @Test
    void render_rightToLeftMapGetsDirAndMirroredCurve() {
        JourneyMap map = TestMaps.simple("خريطة", Direction.RTL, List.of());
        String html = renderer.render(new RenderRequest(map, List.of(), RenderMode.DISPLAY, "ar", true, "/r"));

        assertTrue(html.contains("<table class=\"jm-grid\" dir=\"rtl\""), html);
        assertTrue(html.contains("class=\"journey-map-static jm-mode-display\" dir=\"rtl\""), html);
        assertTrue(html.contains("نقاط الألم"), "labels in the UI language");
        // Two step columns, one SVG unit each: the first step's point sits on the right in RTL.
        assertTrue(html.contains("viewBox=\"0 0 2 100\" preserveAspectRatio=\"none\""), html);
        assertTrue(html.contains("points=\"1.5,38 0.5,86\""), html);
        assertTrue(html.contains("data-column=\"0\" style=\" left:75%;top:38%;"), html);
        String ltr = render(TestMaps.simple("t", Direction.LTR, List.of()), RenderMode.DISPLAY);
        assertTrue(ltr.contains("points=\"0.5,38 1.5,86\""), ltr);
        assertTrue(ltr.contains("data-column=\"0\" style=\" left:25%;top:38%;"), ltr);
    }

    @Test
    void render_emotionCurvePerPersonaWithLabelledPoints() {
        Persona anna = TestMaps.persona(1, "Anna", "#FF5630");
        Persona bob = TestMaps.persona(2, "Bob", null);
        JourneyMap map = TestMaps.simple("t", Direction.LTR, List.of(card("m", "lane-actions", "step-2",
                fields(CardField.TEXT, "x", CardField.MOMENT_THAT_MATTERS, true))))
                .withEmotions(List.of(new EmotionScore("step-1", null, 0), new EmotionScore("step-1", 1L, 2),
                        new EmotionScore("step-2", 1L, -1), new EmotionScore("step-2", 2L, 1)));
        String html = renderer.render(new RenderRequest(map, List.of(anna, bob), RenderMode.DISPLAY, "en", false,
                "/r"));

        assertEquals(3, count(html, "<polyline"), html);
        assertTrue(html.contains("stroke=\"#FF5630\""), html);
        assertTrue(html.contains("title=\"Anna · Notices: +2\""), html);
        assertTrue(html.contains("dir=\"ltr\" aria-hidden=\"true\" style=\" left:75%;top:70%;\">-1</span>"), html);
        assertTrue(html.contains("jm-curve-moment"), "moment that matters marked on the curve");
        assertTrue(html.contains("<span dir=\"auto\">Bob</span>"), html);
    }

    @Test
    void render_omitsHiddenStagesStepsAndLanes() {
        Stage hiddenStage = new Stage("s2", "Secret stage", true, List.of(new Step("step-3", "Hidden by stage", false)));
        Stage visible = new Stage("s1", "Shown", false, List.of(new Step("step-1", "Visible step", false),
                new Step("step-2", "Hidden step", true)));
        JourneyMap map = TestMaps.simple("t", Direction.LTR, List.of(
                card("c1", "lane-actions", "step-2", fields(CardField.TEXT, "in hidden step")),
                card("c2", "lane-actions", "step-3", fields(CardField.TEXT, "in hidden stage")),
                card("c3", "lane-actions", "step-1", fields(CardField.TEXT, "visible card"))))
                .withStages(List.of(visible, hiddenStage));
        List<Lane> lanes = new ArrayList<>(map.lanes());
        lanes.set(1, lanes.get(1).withHidden(true).withName("Hidden lane"));
        String html = render(map.withLanes(lanes), RenderMode.EXPORT);

        assertFalse(html.contains("Secret stage"));
        assertFalse(html.contains("Hidden step"));
        assertFalse(html.contains("Hidden by stage"));
        assertFalse(html.contains("Hidden lane"));
        assertFalse(html.contains("in hidden"));
        assertTrue(html.contains("visible card"));
        assertTrue(html.contains("colspan=\"1\" class=\"jm-stage\""), html);
    }

    @Test
    void render_hiddenStepsSkippedAlikeInHeaderCellsAndCurve() {
        Stage first = new Stage("s1", "First", false, List.of(new Step("a", "Alpha", false),
                new Step("b", "Hidden beta", true), new Step("c", "Gamma", false)));
        Stage hidden = new Stage("s2", "Hidden stage", true, List.of(new Step("d", "Delta", false)));
        Stage last = new Stage("s3", "Last", false, List.of(new Step("e", "Epsilon", false)));
        JourneyMap map = TestMaps.simple("t", Direction.RTL, List.of(
                        card("c1", "lane-actions", "b", fields(CardField.TEXT, "in hidden step")),
                        card("c2", "lane-actions", "e", fields(CardField.TEXT, "last card"))))
                .withStages(List.of(first, hidden, last))
                .withEmotions(List.of(new EmotionScore("a", null, 2), new EmotionScore("b", null, -2),
                        new EmotionScore("c", null, 0), new EmotionScore("d", null, 1),
                        new EmotionScore("e", null, -1)));
        int cardLanes = (int) map.lanes().stream().filter(l -> l.type().holdsCards()).count();

        for (RenderMode mode : List.of(RenderMode.DISPLAY, RenderMode.EXPORT)) {
            String html = render(map, mode);

            assertEquals(3, count(html, "<col class=\"jm-col-step\""), html);
            assertEquals(3, count(html, "class=\"jm-step\""), html);
            assertEquals(3 * cardLanes, count(html, "<td class=\"jm-cell\""), html);
            assertTrue(html.contains("<td class=\"jm-cell jm-curve-cell\" colspan=\"3\""), html);
            assertTrue(html.contains("viewBox=\"0 0 3 100\""), html);
            // Alpha, Gamma, Epsilon are columns 0, 1, 2, drawn from the right.
            assertTrue(html.contains("points=\"2.5,22 1.5,54 0.5,70\""), html);
            assertTrue(html.contains("title=\"All customers · Epsilon: -1\" data-column=\"2\""), html);
            assertFalse(html.contains("Delta") || html.contains("Hidden beta"), html);
            assertTrue(html.indexOf("Epsilon") > html.indexOf("Gamma") && html.indexOf("Gamma") > html.indexOf("Alpha"));
        }
    }

    @Test
    void render_thousandCardMap() {
        List<Stage> stages = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            List<Step> steps = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                steps.add(new Step("st" + s + "-" + t, "Step " + s + "." + t, false));
            }
            stages.add(new Stage("s" + s, "Stage " + s, false, steps));
        }
        JourneyMap base = TestMaps.simple("Big", Direction.LTR, List.of()).withStages(stages);
        List<Lane> lanes = base.lanes();
        List<Card> cards = new ArrayList<>();
        List<String> stepIds = base.steps().map(Step::id).toList();
        List<Lane> cardLanes = lanes.stream().filter(l -> l.type().holdsCards()).toList();
        for (int i = 0; i < 1000; i++) {
            Lane lane = cardLanes.get(i % cardLanes.size());
            cards.add(card("c" + i, lane.id(), stepIds.get(i % stepIds.size()), fields(CardField.TEXT,
                    "Card number " + i + " with <some> text", CardField.SEVERITY,
                    lane.type() == LaneType.PAIN_POINTS ? Severity.HIGH : null)));
        }
        JourneyMap map = base.withCards(cards);
        for (int warm = 0; warm < 20; warm++) {
            render(map, RenderMode.DISPLAY);
        }
        int runs = 20;
        long start = System.nanoTime();
        String html = "";
        for (int i = 0; i < runs; i++) {
            html = render(map, RenderMode.DISPLAY);
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("1,000-card map: %.1f ms per render, %d KB of HTML%n", ms, html.length() / 1024);
        assertEquals(1000, count(html, "class=\"jm-card-text\""));
    }

    @Test
    void render_emptyMapSaysSo() {
        JourneyMap map = TestMaps.simple("t", Direction.LTR, List.of()).withStages(List.of());
        String html = render(map, RenderMode.EXPORT);
        assertTrue(html.contains("This map has no visible stages or lanes yet."), html);
        assertFalse(html.contains("<table"));
    }

    private String render(JourneyMap map, RenderMode mode) {
        return renderer.render(TestMaps.request(map, mode));
    }

    private static int count(String s, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
