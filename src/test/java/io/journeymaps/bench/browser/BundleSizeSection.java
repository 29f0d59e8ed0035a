package io.journeymaps.bench.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import io.journeymaps.bench.BenchmarkRow;
import io.journeymaps.bench.BenchmarkSection;
import io.journeymaps.bench.BenchmarkSkipped;

/**
 * The editor shipped to a page with a map (JS + CSS from target/classes/frontend), gzipped at the
 * highest level as a server would: budget 60 KB. The macro browser's script loads only in the page
 * editor, so it is reported beside the budget, not in it.
 */
public final class BundleSizeSection implements BenchmarkSection {
    public static final long BUDGET_BYTES = 60 * 1024;
    static final List<String> SHIPPED = List.of("journey-map-editor.js", "journey-map-editor.css");
    static final String MACRO_BROWSER = "journey-map-macro-browser.js";

    private final Path dir;

    public BundleSizeSection() {
        this(Path.of(System.getProperty("journeymaps.bench.basedir", "."), "target", "classes", "frontend"));
    }

    BundleSizeSection(Path dir) {
        this.dir = dir;
    }

    @Override
    public String title() {
        return "Editor bundle: JS + CSS shipped to the page, gzipped";
    }

    @Override
    public List<BenchmarkRow> run() throws Exception {
        if (!Files.isRegularFile(dir.resolve(SHIPPED.get(0)))) {
            throw new BenchmarkSkipped("the editor bundle is not built in " + dir + " (build without -DskipFrontend)");
        }
        List<BenchmarkRow> rows = new ArrayList<>();
        long total = 0;
        for (String name : SHIPPED) {
            byte[] raw = Files.readAllBytes(dir.resolve(name));
            long gz = gzipped(raw);
            total += gz;
            rows.add(BenchmarkRow.info(name, kb(gz) + " gzipped (" + kb(raw.length) + " raw)"));
        }
        rows.add(BenchmarkRow.against("editor JS + CSS", kb(total) + " gzipped", "≤ 60.0 KB", total <= BUDGET_BYTES));
        if (Files.isRegularFile(dir.resolve(MACRO_BROWSER))) {
            byte[] raw = Files.readAllBytes(dir.resolve(MACRO_BROWSER));
            rows.add(BenchmarkRow.info(MACRO_BROWSER + " (page editor only, not in the budget)",
                    kb(gzipped(raw)) + " gzipped (" + kb(raw.length) + " raw)"));
        }
        return rows;
    }

    static long gzipped(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(raw);
        }
        return out.size();
    }

    static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
