package com.atlassian.plugin.util;

/** No-op stand-in for the plugin framework's call-stack tracker, which Active Objects asks for a plugin key. */
public final class PluginKeyStack {
    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}
