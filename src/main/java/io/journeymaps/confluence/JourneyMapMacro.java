package io.journeymaps.confluence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.journeymaps.common.InvalidInputException;
import io.journeymaps.host.CurrentUser;
import io.journeymaps.render.MacroInvocation;
import io.journeymaps.render.MacroView;
import io.journeymaps.render.RenderMode;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "journey-map" macro: translates Confluence's rendering context into a {@link MacroInvocation}
 * and lets the host-neutral {@link MacroView} do the work. On page display it also asks for the
 * editor's web resource, which takes over the static HTML in the browser.
 */
@Named
public class JourneyMapMacro implements Macro {
    static final String EDITOR_WEB_RESOURCE = "io.journeymaps.journey-maps:journey-map-editor";
    static final String REST_PATH = "/rest/journey-maps/1.0";
    static final Set<String> PARAMETERS = Set.of("mapKey", "template", "language", "title");
    static final String SAVE_PAGE_NOTICE = "<div class=\"journey-map-notice\" role=\"note\">"
            + "Save the page to create the journey map.</div>";

    private static final Set<String> UI_LANGUAGES = Set.of("en", "ar", "fa");
    private static final Logger LOG = LoggerFactory.getLogger(JourneyMapMacro.class);

    private final MacroView view;
    private final CurrentUser currentUser;
    private final PageBuilderService pageBuilder;
    private final ConfluenceBaseUrl baseUrl;

    @Inject
    public JourneyMapMacro(MacroView view, CurrentUser currentUser, PageBuilderService pageBuilder,
                           ConfluenceBaseUrl baseUrl) {
        this.view = view;
        this.currentUser = currentUser;
        this.pageBuilder = pageBuilder;
        this.baseUrl = baseUrl;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        ContentEntityObject entity = context.getEntity();
        if (entity == null) {
            // Template previews and some editor previews have no page yet: nothing to attach a map to.
            return SAVE_PAGE_NOTICE;
        }
        RenderMode mode = renderMode(context);
        try {
            // The current version's id: historical versions and drafts show the page's own map.
            long pageId = entity.getLatestVersionId();
            String html = view.render(new MacroInvocation(pageId, spaceKey(context, entity), knownParameters(parameters),
                    mode, currentUser.get().orElse(null), uiLanguage(parameters), baseUrl.contextPath() + REST_PATH));
            if (mode == RenderMode.DISPLAY) {
                pageBuilder.assembler().resources().requireWebResource(EDITOR_WEB_RESOURCE);
            }
            return html;
        } catch (InvalidInputException badParameter) {
            // Our own message ("template: unknown template ..."), safe and useful to the page author.
            throw new MacroExecutionException(badParameter.getMessage());
        } catch (RuntimeException unexpected) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Journey map macro failed (reference {})", reference, unexpected);
            // No cause attached: Confluence may print it, and the details belong in the log only.
            throw new MacroExecutionException("The journey map could not be shown (reference " + reference
                    + "). The Confluence log has the details.");
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }

    /**
     * Page view and editor preview get the interactive container; e-mail gets the simplest markup;
     * PDF, Word and any other or future output type get static markup without scripts.
     */
    static RenderMode renderMode(ConversionContext context) {
        String outputType = context.getOutputType();
        if ("email".equals(context.getOutputDeviceType()) || "email".equals(outputType)) {
            return RenderMode.EMAIL;
        }
        if (outputType == null || "display".equals(outputType) || "preview".equals(outputType)) {
            return RenderMode.DISPLAY;
        }
        return RenderMode.EXPORT;
    }

    /** Only our own parameters: Confluence adds internal entries (raw parameters, output type). */
    private static Map<String, String> knownParameters(Map<String, String> parameters) {
        Map<String, String> known = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((name, value) -> {
                if (PARAMETERS.contains(name) && value != null) {
                    known.put(name, value);
                }
            });
        }
        return known;
    }

    /** Labels follow the map's language (no server-side user locale is read: fewer host APIs). */
    private static String uiLanguage(Map<String, String> parameters) {
        String language = parameters == null ? null : parameters.get("language");
        return language != null && UI_LANGUAGES.contains(language) ? language : "en";
    }

    private static String spaceKey(ConversionContext context, ContentEntityObject entity) {
        String spaceKey = context.getSpaceKey();
        if (spaceKey == null && entity instanceof AbstractPage page) {
            spaceKey = page.getSpaceKey();
        }
        return spaceKey;
    }
}
