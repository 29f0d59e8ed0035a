package io.journeymaps.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A small timing harness: runs the work a number of times to warm the JIT and the caches, then
 * times each further run on its own. Single-threaded, so a figure is the cost on one core.
 */
public final class Harness {
    private Harness() {
    }

    /** Work that may throw; its result is kept from being optimised away. */
    @FunctionalInterface
    public interface Work {
        Object run() throws Exception;
    }

    public static Timings measure(int warmUps, int runs, Work work) throws Exception {
        long sink = 0;
        for (int i = 0; i < warmUps; i++) {
            sink += System.identityHashCode(work.run());
        }
        List<Double> millis = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Object result = work.run();
            millis.add((System.nanoTime() - start) / 1_000_000.0);
            sink += System.identityHashCode(result);
        }
        if (sink == 42) {
            System.out.print("");
        }
        return new Timings(millis);
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
