package com.atlassian.util.profiling;

/**
 * No-op stand-in for Atlassian's profiling API, which Active Objects calls and Confluence provides.
 * Only on the standalone host's and the tests' class path; never in the plugin jar.
 */
public interface Ticker extends AutoCloseable {
    Ticker NO_OP = () -> {
    };

    @Override
    void close();
}
