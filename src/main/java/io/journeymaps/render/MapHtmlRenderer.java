package io.journeymaps.render;

/** Renders the static HTML view of a map; every user value escaped. Implemented by {@code VelocityMapRenderer}. */
public interface MapHtmlRenderer {
    String render(RenderRequest request);
}
