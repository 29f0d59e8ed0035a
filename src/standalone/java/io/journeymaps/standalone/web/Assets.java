package io.journeymaps.standalone.web;

import java.util.List;

/**
 * The front-end files a page links to, found once at start: AUI's stylesheet (when the frontend
 * build produced it) and the editor bundle (when it is on the classpath).
 */
record Assets(List<String> auiStylesheets, boolean editorScript, boolean editorStylesheet) {
    static final String EDITOR_BASE = "/download/resources/io.journeymaps.journey-maps:journey-map-editor/";
    static final String EDITOR_SCRIPT = EDITOR_BASE + "journey-map-editor.js";
    static final String EDITOR_STYLESHEET = EDITOR_BASE + "journey-map-editor.css";
    static final String SITE_STYLESHEET = "/host/static/site.css";
    static final String FAVICON = "/host/static/favicon.svg";
    /**
     * The one AUI stylesheet the pages need: the complete AUI with its light design tokens. AUI's
     * dist also holds alternatives of it (.nodeps, -browserfocus) and a token compatibility layer
     * nothing of ours uses; linking them all loads AUI three times.
     */
    static final String AUI_STYLESHEET = "aui-prototyping.css";

    /** From the stylesheets the AUI folder offers, the ones to link, each once. */
    static List<String> neededAuiStylesheets(List<String> available) {
        return available.stream().filter(s -> s.equals(AUI_STYLESHEET) || s.endsWith("/" + AUI_STYLESHEET))
                .distinct().limit(1).toList();
    }
}
