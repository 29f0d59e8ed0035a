package io.journeymaps.bench.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load: N clients, each on its own thread, send one request, wait for the answer,
 * send the next. A warm-up lets the JIT and the database settle; then the requests that complete
 * inside the fixed measuring window are counted (so slow requests are not left out of a short
 * window); no request starts after it, and those still running finish uncounted.
 */
final class ClosedLoopLoad {
    /** What one client sends; returns the HTTP status (or throws, which counts as an error). */
    @FunctionalInterface
    interface ClientRequest {
        int send() throws Exception;

        /** A pause the client takes before its next request (e.g. Retry-After), not counted as latency. */
        default long pauseNanos() {
            return 0;
        }
    }

    /** How the scenario reads a status: a success, a conflict, busy, or an error. */
    enum Outcome { OK, CONFLICT, BUSY, ERROR }

    @FunctionalInterface
    interface StatusRule {
        Outcome of(int status);
    }

    static final StatusRule OK_200 = status -> status == 200 ? Outcome.OK : Outcome.ERROR;

    private final Duration warmUp;
    private final Duration measure;

    ClosedLoopLoad(Duration warmUp, Duration measure) {
        this.warmUp = warmUp;
        this.measure = measure;
    }

    LoadResult run(String scenario, int clients, IntFunction<ClientRequest> clientFactory, StatusRule rule)
            throws InterruptedException {
        long start = System.nanoTime() + 50_000_000L;
        long measureFrom = start + warmUp.toNanos();
        long measureUntil = measureFrom + measure.toNanos();
        List<Latencies> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong busy = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> firstError = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            ClientRequest request = clientFactory.apply(c);
            Latencies own = new Latencies();
            latencies.add(own);
            Thread thread = new Thread(() -> {
                try {
                    waitUntil(start);
                    while (true) {
                        long pause = request.pauseNanos();
                        if (pause > 0) {
                            waitUntil(Math.min(System.nanoTime() + pause, measureUntil));
                        }
                        long began = System.nanoTime();
                        if (began >= measureUntil) {
                            break;
                        }
                        Outcome outcome;
                        try {
                            outcome = rule.of(request.send());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            break;
                        } catch (Exception e) {
                            outcome = Outcome.ERROR;
                            synchronized (firstError) {
                                if (firstError.isEmpty()) {
                                    firstError.add(e);
                                }
                            }
                        }
                        long ended = System.nanoTime();
                        if (ended >= measureFrom && ended <= measureUntil) {
                            own.add(ended - began);
                            switch (outcome) {
                                case ERROR -> errors.incrementAndGet();
                                case CONFLICT -> conflicts.incrementAndGet();
                                case BUSY -> busy.incrementAndGet();
                                default -> { }
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "load-" + scenario + "-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        done.await();
        if (!firstError.isEmpty()) {
            System.err.println("[http bench] " + scenario + ": first failure: " + firstError.get(0));
        }
        long[] sorted = Latencies.sorted(latencies);
        return new LoadResult(scenario, clients, sorted.length, measure.toNanos() / 1e9,
                Latencies.percentile(sorted, 50), Latencies.percentile(sorted, 95), Latencies.percentile(sorted, 99),
                errors.get(), conflicts.get(), busy.get());
    }

    private static void waitUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            try {
                Thread.sleep(Math.max(1, wait / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
