package io.journeymaps.render;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * The static HTML view of a map, rendered with our own Velocity engine (not the host's) from
 * {@code templates/journey-map.vm}. Every reference a template inserts is HTML-escaped by
 * {@link EscapingReferenceHandler}; templates cannot forget to escape.
 */
@Named
public class VelocityMapRenderer implements MapHtmlRenderer {
    static final String TEMPLATE = "templates/journey-map.vm";
    static final String NOT_STARTED_TEMPLATE = "templates/journey-map-not-started.vm";

    private final VelocityEngine engine;
    private final Template template;
    private final Template notStarted;

    @Inject
    public VelocityMapRenderer() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Velocity looks classes up through the context class loader; in an OSGi bundle that must be ours.
        thread.setContextClassLoader(VelocityMapRenderer.class.getClassLoader());
        try {
            engine = new VelocityEngine();
            engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "bundle");
            engine.setProperty("resource.loader.bundle.instance", new OwnClassLoaderResources());
            engine.setProperty("resource.loader.bundle.cache", "true");
            engine.setProperty("resource.loader.bundle.modification_check_interval", "-1");
            engine.setProperty("resource.default_encoding", "UTF-8");
            engine.setProperty(RuntimeConstants.RUNTIME_LOG_REFERENCE_LOG_INVALID, "false");
            engine.init();
            template = engine.getTemplate(TEMPLATE, "UTF-8");
            notStarted = engine.getTemplate(NOT_STARTED_TEMPLATE, "UTF-8");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public String render(RenderRequest request) {
        return merge(template, StaticViewModel.build(request), 8192);
    }

    @Override
    public String renderNotStarted(NotStartedRequest request) {
        return merge(notStarted, NotStartedViewModel.build(request), 1024);
    }

    private static String merge(Template template, java.util.Map<String, Object> model, int sizeHint) {
        VelocityContext context = new VelocityContext(new HashMap<>(model));
        EventCartridge cartridge = new EventCartridge();
        cartridge.addReferenceInsertionEventHandler(new EscapingReferenceHandler());
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter(sizeHint);
        template.merge(context, out);
        return out.toString();
    }

    /** Reads templates through this bundle's class loader only, whatever the thread's context loader is. */
    static final class OwnClassLoaderResources extends ClasspathResourceLoader {
        @Override
        public Reader getResourceReader(String name, String encoding) {
            InputStream in = VelocityMapRenderer.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new ResourceNotFoundException("no template " + name);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
    }
}
