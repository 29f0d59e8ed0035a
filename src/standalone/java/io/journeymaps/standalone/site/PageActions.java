package io.journeymaps.standalone.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.journeymaps.common.FieldError;
import io.journeymaps.common.ForbiddenException;
import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.NotFoundException;
import io.journeymaps.host.UserRef;

/**
 * What users do to pages: list, create with a journey map, copy, move to the trash. Checks come
 * first and in this order: what the user cannot see is "not found", what they cannot change is
 * "forbidden", and only then is the input validated.
 */
public final class PageActions {
    public static final int MAX_TITLE = 255;
    private static final Pattern TEMPLATE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final SiteStore store;
    private final SitePermissions permissions;

    public PageActions(SiteStore store, SitePermissions permissions) {
        this.store = store;
        this.permissions = permissions;
    }

    /** The current pages of the spaces the user may view, space by space. */
    public List<SitePage> visiblePages(UserRef user) {
        List<SitePage> pages = new ArrayList<>();
        for (Space space : visibleSpaces(user)) {
            pages.addAll(store.currentPages(space.key()));
        }
        return pages;
    }

    public List<Space> visibleSpaces(UserRef user) {
        return store.spaces().stream().filter(s -> permissions.canViewSpace(user, s.key())).toList();
    }

    public Space visibleSpace(UserRef user, String spaceKey) {
        return store.space(spaceKey).filter(s -> permissions.canViewSpace(user, s.key()))
                .orElseThrow(() -> new NotFoundException("space not found"));
    }

    /** A current page the user may view. */
    public SitePage visiblePage(UserRef user, long pageId) {
        return store.page(pageId).filter(p -> permissions.canViewPage(user, p.id()))
                .orElseThrow(() -> new NotFoundException("page not found"));
    }

    /** A new page with one journey-map macro; a blank template leaves the choice to the editor's chooser. */
    public SitePage create(UserRef user, String spaceKey, String title, String template, String language) {
        Space space = visibleSpace(user, spaceKey == null ? "" : spaceKey);
        requireEdit(user, space.key());
        String cleanTitle = title == null ? "" : title.strip();
        if (language == null || language.isBlank()) {
            language = "en";
        }
        List<FieldError> errors = new ArrayList<>();
        if (cleanTitle.isEmpty()) {
            errors.add(new FieldError("title", "must not be empty"));
        } else if (cleanTitle.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "must be at most " + MAX_TITLE + " characters"));
        } else if (store.currentTitleExists(space.key(), cleanTitle)) {
            errors.add(new FieldError("title", "a page with this title already exists in the space"));
        }
        // No template: the page's macro offers the editor's template chooser instead of a ready map.
        template = template == null || template.isBlank() ? null : template;
        if (template != null && !TEMPLATE_ID.matcher(template).matches()) {
            errors.add(new FieldError("template", "must be a template id such as awareness-to-advocacy"));
        }
        if (language == null || !DemoContent.LANGUAGES.contains(language)) {
            errors.add(new FieldError("language", "must be one of " + DemoContent.LANGUAGES));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String body = StorageBody.journeyMapMacro(template, language);
        long id = store.createPage(space.key(), cleanTitle, body, user == null ? null : user.key());
        return store.page(id).orElseThrow();
    }

    /** A copy in the same space with the same body: the plugin forks the map on first render. */
    public SitePage copy(UserRef user, long pageId) {
        SitePage source = visiblePage(user, pageId);
        requireEdit(user, source.spaceKey());
        String title = freeTitle(source.spaceKey(), "Copy of " + source.title());
        long id = store.createPage(source.spaceKey(), title, source.body(), user == null ? null : user.key());
        return store.page(id).orElseThrow();
    }

    public SitePage trash(UserRef user, long pageId) {
        SitePage page = visiblePage(user, pageId);
        if (!permissions.canEditPage(user, pageId)) {
            throw new ForbiddenException("you may not delete this page");
        }
        store.trashPage(pageId);
        return page;
    }

    private void requireEdit(UserRef user, String spaceKey) {
        if (!permissions.canEditSpace(user, spaceKey)) {
            throw new ForbiddenException("you may not add pages to this space");
        }
    }

    private String freeTitle(String spaceKey, String wanted) {
        String base = wanted.length() > MAX_TITLE - 6 ? wanted.substring(0, MAX_TITLE - 6) : wanted;
        String title = base;
        for (int n = 2; store.currentTitleExists(spaceKey, title); n++) {
            title = base + " (" + n + ")";
        }
        return title;
    }
}
