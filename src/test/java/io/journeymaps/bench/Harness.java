package io.journeymaps.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * A small timing harness: runs the work a number of times to warm the JIT and the caches, then
 * times each further run on its own, by the wall clock and by the CPU time of the measuring thread.
 * The work is single-threaded: its CPU time is its cost on one core, which other work on a busy
 * machine hardly changes (database servers in other processes are not in it, the wall time is).
 */
public final class Harness {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Wall-clock and CPU times of the same runs. */
    public record Measurement(Timings wall, Timings cpu) {
        /** "median 12.3 ms · p95 15.0 ms (n=30) · CPU median 11.9 ms". */
        public String describe() {
            return wall.describe() + " · CPU median " + Timings.ms(cpu.median());
        }
    }

    private Harness() {
    }

    /** Work that may throw; its result is kept from being optimised away. */
    @FunctionalInterface
    public interface Work {
        Object run() throws Exception;
    }

    public static Measurement measure(int warmUps, int runs, Work work) throws Exception {
        long sink = 0;
        for (int i = 0; i < warmUps; i++) {
            sink += System.identityHashCode(work.run());
        }
        boolean cpuTime = THREADS.isCurrentThreadCpuTimeSupported();
        List<Double> wall = new ArrayList<>(runs);
        List<Double> cpu = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            long cpuStart = cpuTime ? THREADS.getCurrentThreadCpuTime() : 0;
            long start = System.nanoTime();
            Object result = work.run();
            wall.add((System.nanoTime() - start) / 1_000_000.0);
            cpu.add(cpuTime ? (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000.0 : Double.NaN);
            sink += System.identityHashCode(result);
        }
        if (sink == 42) {
            System.out.print("");
        }
        return new Measurement(new Timings(wall), new Timings(cpu));
    }

    /** Fewer runs for big maps, so the suite stays in minutes: [warm-ups, runs]. */
    public static int[] iterationsFor(int cards) {
        if (cards <= 100) {
            return new int[] {30, 60};
        }
        if (cards <= 1_000) {
            return new int[] {15, 30};
        }
        return new int[] {5, 15};
    }
}
