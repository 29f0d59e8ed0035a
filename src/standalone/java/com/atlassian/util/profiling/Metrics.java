package com.atlassian.util.profiling;

/** No-op stand-in for Atlassian's metrics API (see {@link Ticker}). */
public final class Metrics {
    private Metrics() {
    }

    public static Builder metric(String name) {
        return new Builder();
    }

    /** Accepts every call Active Objects makes and measures nothing. */
    public static final class Builder {
        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Ticker startTimer() {
            return Ticker.NO_OP;
        }
    }
}
