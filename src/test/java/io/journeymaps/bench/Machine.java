package io.journeymaps.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The machine a run measured, as results.md describes it. */
public record Machine(String cpu, int cores, String ram, String os, String java, String chromium) {

    /** Reads /proc, /etc/os-release and the JVM; asks Chromium for its version when it is installed. */
    public static Machine describeThis() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
        String ram = firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(v.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0))
                .orElse(String.format(Locale.ROOT, "%.1f GiB max heap", Runtime.getRuntime().maxMemory() / 1073741824.0));
        String os = osRelease().orElse(System.getProperty("os.name")) + ", kernel " + System.getProperty("os.version");
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String chromium = command(List.of(System.getProperty("journeymaps.chromium", "/usr/bin/chromium"), "--version"))
                .orElse("not installed");
        return new Machine(cpu, Runtime.getRuntime().availableProcessors(), ram, os, java, chromium);
    }

    /** The output of a short command, or empty when it cannot run. */
    public static Optional<String> command(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 && !out.isEmpty() ? Optional.of(out.lines().reduce((a, b) -> b).orElse(out))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The 1-minute load average: other work on a 2-core machine skews every time in a run. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Optional<String> firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(key) && l.contains(":"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> osRelease() {
        try {
            return Files.readAllLines(Path.of("/etc/os-release")).stream().filter(l -> l.startsWith("PRETTY_NAME="))
                    .map(l -> l.substring("PRETTY_NAME=".length()).replace("\"", "")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
