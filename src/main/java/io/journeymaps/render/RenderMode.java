package io.journeymaps.render;

/** Where the static HTML goes: a page view the editor takes over, or a self-contained export/email. */
public enum RenderMode {
    /** Page display: the grid inside the container the editor attaches to. */
    DISPLAY,
    /** PDF/Word export and previews: no scripts, no container, inline-friendly markup. */
    EXPORT,
    /** Email notifications: like EXPORT with simpler styling. */
    EMAIL
}
