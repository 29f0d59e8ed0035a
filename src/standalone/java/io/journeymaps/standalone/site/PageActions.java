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
 * What users do to pages: list, create with a journey map, copy, move to the trash, restore from
 * and purge in the trash. Checks come first and in this order: what the user cannot see is "not
 * found", what they cannot change is "forbidden", and only then is the input validated. Copy,
 * trash, restore and purge then publish their {@link PageEvent}, as Confluence does.
 */
public final class PageActions {
    public static final int MAX_TITLE = 255;
    private static final Pattern TEMPLATE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final SiteStore store;
    private final SitePermissions permissions;
    private final PageEvents events;

    public PageActions(SiteStore store, SitePermissions permissions, PageEvents events) {
        this.store = store;
        this.permissions = permissions;
        this.events = events;
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

    /** A copy in the same space with the same body; listeners give the copy its own maps. */
    public SitePage copy(UserRef user, long pageId) {
        SitePage source = visiblePage(user, pageId);
        requireEdit(user, source.spaceKey());
        String title = freeTitle(source.spaceKey(), "Copy of " + source.title());
        long id = store.createPage(source.spaceKey(), title, source.body(), user == null ? null : user.key());
        events.publish(new PageEvent.Copied(source.id(), id, source.spaceKey(), user));
        return store.page(id).orElseThrow();
    }

    public SitePage trash(UserRef user, long pageId) {
        SitePage page = visiblePage(user, pageId);
        if (!permissions.canEditPage(user, pageId)) {
            throw new ForbiddenException("you may not delete this page");
        }
        store.trashPage(pageId);
        events.publish(new PageEvent.Trashed(pageId));
        return page;
    }

    /** The space's trash, for those who may edit the space (the others do not see it). */
    public List<SitePage> trashedPages(UserRef user, String spaceKey) {
        Space space = visibleSpace(user, spaceKey);
        return permissions.canEditSpace(user, space.key()) ? store.trashedPages(space.key()) : List.of();
    }

    /** Back from the trash; renamed like a copy when another current page took its title meanwhile. */
    public SitePage restore(UserRef user, long pageId) {
        SitePage page = trashedPage(user, pageId);
        String title = store.currentTitleExists(page.spaceKey(), page.title())
                ? freeTitle(page.spaceKey(), page.title()) : page.title();
        store.restorePage(pageId, title);
        events.publish(new PageEvent.Restored(pageId));
        return store.page(pageId).orElseThrow();
    }

    /** Removes a trashed page for good; listeners remove what they kept for it. */
    public SitePage purge(UserRef user, long pageId) {
        SitePage page = trashedPage(user, pageId);
        store.purgePage(pageId);
        events.publish(new PageEvent.Purged(pageId));
        return page;
    }

    /** A page in the trash of a space the user may edit; everyone else is told it does not exist. */
    private SitePage trashedPage(UserRef user, long pageId) {
        SitePage page = store.page(pageId).filter(p -> !p.isCurrent())
                .filter(p -> permissions.canViewSpace(user, p.spaceKey()))
                .orElseThrow(() -> new NotFoundException("page not found in the trash"));
        if (!permissions.canEditSpace(user, page.spaceKey())) {
            throw new ForbiddenException("you may not restore or purge pages of this space");
        }
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
