package io.journeymaps.render;

/**
 * The host-neutral body of the journey-map macro: finds (or creates, or forks for a copied page)
 * the page's map and renders its static HTML. Confluence's {@code JourneyMapMacro} and the
 * standalone host's page renderer both call it.
 */
public interface MacroView {
    String render(MacroInvocation invocation);
}
