package io.journeymaps.render;

import java.util.HashMap;
import java.util.Map;

/**
 * The template context of a macro without a map yet. Its direction follows the UI language (there is
 * no map to take it from); the message invites editors to choose a template and tells others that
 * the map has not been started.
 */
final class NotStartedViewModel {
    private NotStartedViewModel() {
    }

    static Map<String, Object> build(NotStartedRequest request) {
        Labels labels = Labels.forLanguage(request.uiLanguage());
        RenderMode mode = request.mode() == null ? RenderMode.EXPORT : request.mode();
        boolean display = mode == RenderMode.DISPLAY;
        boolean canEdit = display && request.canEdit();
        Map<String, String> styles = InlineStyles.forMode(mode);
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("display", display);
        ctx.put("modeClass", "jm-mode-" + CardViews.css(mode));
        ctx.put("pageId", Long.toString(request.pageId()));
        ctx.put("macroKey", CardViews.nn(request.macroKey()));
        ctx.put("templateLanguage", CardViews.nn(request.templateLanguage()));
        ctx.put("restBase", CardViews.nn(request.restBase()));
        ctx.put("canEdit", Boolean.toString(canEdit));
        ctx.put("uiLanguage", labels.language());
        ctx.put("dir", "en".equals(labels.language()) ? "ltr" : "rtl");
        ctx.put("message", labels.get(canEdit ? "view.not-started.choose" : "view.not-started"));
        ctx.put("rootStyle", styles.get("root"));
        ctx.put("messageStyle", styles.get("meta"));
        return ctx;
    }
}
