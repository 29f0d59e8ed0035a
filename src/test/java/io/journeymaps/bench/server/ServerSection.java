package io.journeymaps.bench.server;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.journeymaps.comment.store.AoCommentStore;
import io.journeymaps.history.HistoryRecorder;
import io.journeymaps.history.HistorySettings;
import io.journeymaps.history.store.AoRevisionStore;
import io.journeymaps.bench.BenchmarkRow;
import io.journeymaps.bench.BenchmarkSection;
import io.journeymaps.bench.Harness;
import io.journeymaps.bench.Timings;
import io.journeymaps.common.json.Json;
import io.journeymaps.host.Permissions;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.BatchResult;
import io.journeymaps.map.MapService;
import io.journeymaps.map.json.MapJson;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.CardDetails;
import io.journeymaps.map.model.CardField;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Lane;
import io.journeymaps.map.model.Severity;
import io.journeymaps.map.model.Step;
import io.journeymaps.map.operation.MapOperation;
import io.journeymaps.map.store.AoMapStore;
import io.journeymaps.map.template.BuiltInTemplates;
import io.journeymaps.persona.store.AoPersonaStore;
import io.journeymaps.render.MacroInvocation;
import io.journeymaps.render.MapMacroView;
import io.journeymaps.render.RenderMode;
import io.journeymaps.render.RenderRequest;
import io.journeymaps.render.VelocityMapRenderer;
import io.journeymaps.standalone.storage.StandaloneDatabase;

/**
 * The server side on one database, for maps of 10, 100, 1,000 and 5,000 cards: loading a map from
 * Active Objects and writing its JSON (what GET /maps/{id} does), rendering the static HTML view
 * (the renderer alone, and the whole macro body with its load), and applying a batch of 10 card
 * edits. Times are median and p95 after warm-up, with the CPU time of the measuring thread (on
 * PostgreSQL the server's own work is not in it); SQL statement counts stand beside them and must
 * not grow with the map.
 */
public abstract class ServerSection implements BenchmarkSection {
    static final int[] SIZES = {10, 100, 1_000, 5_000};
    static final int BATCH_EDITS = 10;
    static final int RENDER_BUDGET_CARDS = 1_000;
    static final double RENDER_BUDGET_MS = 50;
    private static final UserRef AUTHOR = new UserRef("bench-key", "Bench");
    private static final String REST_BASE = "/rest/journey-maps/1.0";

    /** The database's name in the rows ("H2", "PostgreSQL"). */
    protected abstract String database();

    /** Opens the database (with the plugin's schema); throws BenchmarkSkipped when it cannot run here. */
    protected abstract StandaloneDatabase open() throws Exception;

    @Override
    public String title() {
        return "Server: " + database() + " (load + JSON, static render, batch of " + BATCH_EDITS + " edits)";
    }

    @Override
    public List<BenchmarkRow> run() throws Exception {
        try (StandaloneDatabase db = open()) {
            AoMapStore store = new AoMapStore(db.aoDatabase());
            BuiltInTemplates templates = new BuiltInTemplates();
            // Batches record revisions as in the product: their cost is part of every save.
            MapService maps = new MapService(store, new AoPersonaStore(db.aoDatabase()), templates,
                    new HistoryRecorder(new AoRevisionStore(db.aoDatabase()), new HistorySettings()));
            VelocityMapRenderer renderer = new VelocityMapRenderer();
            MapMacroView macro = new MapMacroView(maps, renderer, new EveryoneMayEdit(), new AoCommentStore(db.aoDatabase()));
            SqlCounter sql = new SqlCounter(db.entityManager());

            List<BenchmarkRow> rows = new ArrayList<>();
            Map<String, Map<Integer, Integer>> counts = new LinkedHashMap<>();
            Map<String, Map<Integer, Double>> cpu = new LinkedHashMap<>();
            for (int cards : SIZES) {
                long pageId = 1_000 + cards;
                JourneyMap map = store.insert(mapWithCards(templates, pageId, cards), AUTHOR);
                long id = map.id();
                int[] it = Harness.iterationsFor(cards);

                Harness.Work loadJson = () -> {
                    JourneyMap loaded = maps.find(id).orElseThrow();
                    return Json.write(MapJson.toJson(loaded, maps.personasOf(loaded)));
                };
                Harness.Measurement load = Harness.measure(it[0], it[1], loadJson);
                int loadSql = sql.record(loadJson::run).size();
                count(counts, "load + JSON", cards, loadSql);
                cpu(cpu, "load + JSON", cards, load);
                int jsonKb = ((String) loadJson.run()).length() / 1024;
                rows.add(BenchmarkRow.info(database() + " · load + JSON · " + n(cards) + " cards",
                        load.describe() + " · " + loadSql + " SQL · " + jsonKb + " KB JSON"));

                JourneyMap loaded = maps.find(id).orElseThrow();
                RenderRequest request = new RenderRequest(loaded, maps.personasOf(loaded), RenderMode.DISPLAY, "en", true, REST_BASE);
                Harness.Measurement render = Harness.measure(it[0], it[1], () -> renderer.render(request));
                cpu(cpu, "static render (renderer only)", cards, render);
                String renderFigure = render.describe() + " · " + renderer.render(request).length() / 1024 + " KB HTML";
                String renderMeasure = database() + " · static render (renderer only) · " + n(cards) + " cards";
                rows.add(cards == RENDER_BUDGET_CARDS
                        ? BenchmarkRow.against(renderMeasure, renderFigure, "CPU median < 50 ms (one core)", render.cpu().median() < RENDER_BUDGET_MS)
                        : BenchmarkRow.info(renderMeasure, renderFigure));

                MacroInvocation call = new MacroInvocation(pageId, "BENCH", Map.of(), RenderMode.DISPLAY, AUTHOR, "en", REST_BASE);
                Harness.Work macroBody = () -> macro.render(call);
                Harness.Measurement page = Harness.measure(it[0], it[1], macroBody);
                int macroSql = sql.record(macroBody::run).size();
                count(counts, "macro body (load + render)", cards, macroSql);
                cpu(cpu, "macro body (load + render)", cards, page);
                rows.add(BenchmarkRow.info(database() + " · macro body (load + render) · " + n(cards) + " cards",
                        page.describe() + " · " + macroSql + " SQL"));

                EditRound edits = new EditRound(maps, id);
                Harness.Measurement batch = Harness.measure(Math.max(3, it[0] / 3), Math.max(10, it[1] / 3), edits::apply);
                int batchSql = sql.record(edits::apply).size();
                count(counts, "apply batch of " + BATCH_EDITS + " edits", cards, batchSql);
                cpu(cpu, "apply batch of " + BATCH_EDITS + " edits", cards, batch);
                rows.add(BenchmarkRow.info(database() + " · apply batch of " + BATCH_EDITS + " card edits · " + n(cards) + " cards",
                        batch.describe() + " · " + batchSql + " SQL"));
                System.out.printf(Locale.ROOT, "[bench] %s %,d cards: load %s, render %s, batch %s%n", database(), cards,
                        Timings.ms(load.wall().median()), Timings.ms(render.wall().median()), Timings.ms(batch.wall().median()));
            }
            counts.forEach((what, bySize) -> rows.add(BenchmarkRow.against(
                    database() + " · SQL statements per " + what + " at " + sizes(),
                    bySize.values().stream().map(String::valueOf).reduce((a, b) -> a + " / " + b).orElse(""),
                    "same count at every size", bySize.values().stream().distinct().count() == 1)));
            cpu.forEach((what, bySize) -> rows.add(growth(what, bySize)));
            return rows;
        }
    }

    /** How the CPU time grows from 1,000 to 5,000 cards: about ×5 is linear; well beyond it is flagged. */
    private BenchmarkRow growth(String what, Map<Integer, Double> bySize) {
        double ratio = bySize.get(5_000) / bySize.get(1_000);
        String verdict = ratio > 7.5 ? "FASTER THAN LINEAR" : ratio < 2.5 ? "sublinear" : "about linear";
        return BenchmarkRow.info(database() + " · growth of " + what + " from 1,000 to 5,000 cards (×5)",
                String.format(Locale.ROOT, "CPU median ×%.1f (%s)", ratio, verdict));
    }

    private static void cpu(Map<String, Map<Integer, Double>> cpu, String what, int cards, Harness.Measurement m) {
        cpu.computeIfAbsent(what, k -> new LinkedHashMap<>()).put(cards, m.cpu().median());
    }

    /** The SaaS onboarding template with {@code cards} cards spread over its card lanes and steps. */
    static JourneyMap mapWithCards(BuiltInTemplates templates, long pageId, int cards) {
        JourneyMap template = templates.instantiate("saas-onboarding", "en", pageId, "BENCH", MapService.DEFAULT_MACRO_KEY,
                "Benchmark " + cards + " cards").orElseThrow();
        List<Lane> lanes = template.lanes().stream().filter(l -> l.type().holdsCards()).toList();
        List<Step> steps = template.stages().stream().flatMap(s -> s.steps().stream()).toList();
        List<Card> all = new ArrayList<>();
        for (int i = 0; i < cards; i++) {
            Map<CardField, Object> fields = new EnumMap<>(CardField.class);
            fields.put(CardField.TEXT, "Benchmark card " + i + ": the customer waits for an answer from support");
            if (i % 3 == 0) {
                fields.put(CardField.SEVERITY, Severity.HIGH);
            }
            Lane lane = lanes.get(i % lanes.size());
            Step step = steps.get((i / lanes.size()) % steps.size());
            all.add(new Card("bench" + i, lane.id(), step.id(), CardDetails.of(fields)));
        }
        return template.withCards(all);
    }

    private static void count(Map<String, Map<Integer, Integer>> counts, String what, int cards, int statements) {
        counts.computeIfAbsent(what, k -> new LinkedHashMap<>()).put(cards, statements);
    }

    private static String sizes() {
        StringBuilder s = new StringBuilder();
        for (int size : SIZES) {
            s.append(s.length() == 0 ? "" : " / ").append(n(size));
        }
        return s + " cards";
    }

    static String n(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Batches of 10 text edits on the first cards, each against the version the last one made. */
    private static final class EditRound {
        private final MapService maps;
        private final long mapId;
        private long version;
        private int round;

        EditRound(MapService maps, long mapId) {
            this.maps = maps;
            this.mapId = mapId;
            this.version = maps.version(mapId).orElseThrow();
        }

        Object apply() {
            round++;
            List<MapOperation> ops = new ArrayList<>();
            for (int i = 0; i < BATCH_EDITS; i++) {
                ops.add(new MapOperation.UpdateCard("bench" + i, Map.of(CardField.TEXT, "Edited in round " + round + ", card " + i)));
            }
            BatchResult result = maps.applyBatch(mapId, version, ops, AUTHOR);
            if (!(result instanceof BatchResult.Applied applied)) {
                throw new IllegalStateException("the batch was not applied: " + result);
            }
            version = applied.newVersion();
            return result;
        }
    }

    /** The benchmark's viewer may edit every page, so the macro renders the editor's container. */
    private static final class EveryoneMayEdit implements Permissions {
        public boolean canViewPage(UserRef user, long pageId) {
            return true;
        }

        public boolean canEditPage(UserRef user, long pageId) {
            return true;
        }

        public boolean canViewSpace(UserRef user, String spaceKey) {
            return true;
        }

        public boolean canEditSpace(UserRef user, String spaceKey) {
            return true;
        }

        public boolean isSpaceAdmin(UserRef user, String spaceKey) {
            return true;
        }
    }
}
