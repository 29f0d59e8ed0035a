package io.journeymaps.standalone;

import java.util.List;

import io.journeymaps.render.MacroView;

/**
 * The plugin's side of the standalone host: its macro view and its REST resources, built on the
 * host's ports. Closing it releases what it opened (the Active Objects database).
 */
public interface PluginWiring extends AutoCloseable {
    MacroView macroView();

    /** JAX-RS resource and provider instances served under /rest/journey-maps/1.0. */
    List<Object> restResources();

    @Override
    void close();
}
