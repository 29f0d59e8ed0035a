package io.journeymaps.standalone.web;

import java.util.List;

/**
 * The front-end files a page links to, found once at start: AUI's stylesheets (when the frontend
 * build produced them) and the editor bundle (when it is on the classpath).
 */
record Assets(List<String> auiStylesheets, boolean editorScript, boolean editorStylesheet) {
    static final String EDITOR_BASE = "/download/resources/io.journeymaps.journey-maps:journey-map-editor/";
    static final String EDITOR_SCRIPT = EDITOR_BASE + "journey-map-editor.js";
    static final String EDITOR_STYLESHEET = EDITOR_BASE + "journey-map-editor.css";
    static final String SITE_STYLESHEET = "/host/static/site.css";
}
