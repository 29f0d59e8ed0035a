package io.journeymaps.render;

/** Renders the static HTML view of a map; every user value escaped. Implemented by {@code VelocityMapRenderer}. */
public interface MapHtmlRenderer {
    String render(RenderRequest request);

    /**
     * The place of a macro whose map has not been started: on page display a container the editor
     * turns into the template chooser, in export and email a plain notice.
     */
    String renderNotStarted(NotStartedRequest request);
}
