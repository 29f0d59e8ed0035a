package io.journeymaps.map;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.NotFoundException;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.Limits;
import io.journeymaps.map.model.MapHeader;
import io.journeymaps.map.operation.BatchMerger;
import io.journeymaps.map.operation.MapOperation;
import io.journeymaps.map.operation.MergeOutcome;
import io.journeymaps.map.operation.Target;
import io.journeymaps.map.template.TemplateCatalog;
import io.journeymaps.map.template.TemplateInfo;
import io.journeymaps.persona.PersonaRepository;
import io.journeymaps.persona.model.Persona;

/**
 * Creating maps, applying batches of edits with the merge rules of {@link BatchMerger}, and finding
 * (or forking, or creating) the map of a macro instance. Permission checks are the caller's job.
 */
@Named
public class MapService {
    /** A macro without a mapKey parameter is the page's "default" map. */
    public static final String DEFAULT_MACRO_KEY = "default";
    static final int MAX_ATTEMPTS = 12;
    /** A lost insert race is settled by the next lookup; more attempts only cover a map deleted meanwhile. */
    static final int RACE_ATTEMPTS = 3;
    private static final String DEFAULT_LANGUAGE = "en";
    /** The card field named in the changed targets of a batch that adds, removes or updates Jira links. */
    public static final String JIRA_LINKS_FIELD = "jiraLinks";

    private final MapRepository maps;
    private final PersonaRepository personas;
    private final TemplateCatalog templates;
    private final MapVersionListener versions;
    private final BatchMerger merger = new BatchMerger();

    @Inject
    public MapService(MapRepository maps, PersonaRepository personas, TemplateCatalog templates,
                      MapVersionListener versions) {
        this.maps = maps;
        this.personas = personas;
        this.templates = templates;
        this.versions = versions;
    }

    public JourneyMap createMap(NewMapCommand cmd, UserRef author) {
        if (cmd.pageId() <= 0) {
            throw new InvalidInputException("pageId", "must be a page id");
        }
        if (cmd.spaceKey() == null || cmd.spaceKey().isBlank()) {
            throw new InvalidInputException("spaceKey", "is required");
        }
        String language = cmd.language() == null || cmd.language().isBlank() ? DEFAULT_LANGUAGE : cmd.language();
        if (!templates.languages().contains(language)) {
            throw new InvalidInputException("language", "must be one of " + String.join(", ", templates.languages().stream().sorted().toList()));
        }
        if (cmd.templateId() == null || cmd.templateId().isBlank()) {
            throw new InvalidInputException("template", "is required");
        }
        String macroKey = cmd.macroKey() == null ? UUID.randomUUID().toString() : checkMacroKey(cmd.macroKey());
        if (maps.findByPageAndMacroKey(cmd.pageId(), macroKey).isPresent()) {
            throw new InvalidInputException("macroKey", "is already used by a map on this page");
        }
        String title = title(cmd.title(), cmd.templateId(), language);
        JourneyMap map = templates.instantiate(cmd.templateId(), language, cmd.pageId(), cmd.spaceKey(), macroKey, title)
                .orElseThrow(() -> new InvalidInputException("template", "no template with this id"));
        try {
            return insert(map, author, templateName(cmd.templateId(), language));
        } catch (DuplicateMapException e) {
            // Another request created a map for this key since the check above.
            throw new InvalidInputException("macroKey", "is already used by a map on this page");
        }
    }

    /** Stores a new map and tells the listener (its first revision) in the same transaction. */
    private JourneyMap insert(JourneyMap map, UserRef author, String templateName) {
        return maps.inTransaction(() -> {
            JourneyMap saved = maps.insert(map, author);
            versions.versionStored(new StoredVersion(null, saved, author, StoredVersion.Kind.CREATE, templateName));
            return saved;
        });
    }

    private String templateName(String templateId, String language) {
        return templates.list(language).stream().filter(t -> t.id().equals(templateId)).map(TemplateInfo::name)
                .findFirst().orElse(templateId);
    }

    public Optional<JourneyMap> find(long mapId) {
        return maps.load(mapId);
    }

    public Optional<Long> version(long mapId) {
        return maps.version(mapId);
    }

    /** The map's own fields without its elements (cheap: for permission checks and polling). */
    public Optional<MapHeader> header(long mapId) {
        return maps.header(mapId);
    }

    /** The full personas a map has attached, in one query (for the map JSON). */
    public List<Persona> personasOf(JourneyMap map) {
        return map.personaIds().isEmpty() ? List.of() : personas.getAll(map.personaIds());
    }

    /**
     * Applies a batch made against {@code baseVersion}. When others stored batches since, the batch is
     * merged onto the current map (or refused with conflicts); when another writer wins the race to
     * store, the batch is merged again onto their result, a bounded number of times.
     */
    public BatchResult applyBatch(long mapId, long baseVersion, List<MapOperation> ops, UserRef author) {
        if (ops == null || ops.isEmpty()) {
            throw new InvalidInputException("operations", "must not be empty");
        }
        if (baseVersion < 0) {
            throw new InvalidInputException("baseVersion", "must be 0 or more");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                // Under the map's write lock writers queue; the version check in saveBatch stays as the safety net.
                return maps.lockedForWrite(mapId, () -> mergeAndSave(mapId, baseVersion, ops, author));
            } catch (ConcurrentMapUpdateException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    private BatchResult mergeAndSave(long mapId, long baseVersion, List<MapOperation> ops, UserRef author) {
        JourneyMap current = maps.load(mapId).orElseThrow(() -> new NotFoundException("map " + mapId));
        if (baseVersion > current.version()) {
            throw new InvalidInputException("baseVersion", "is newer than the map's version " + current.version());
        }
        checkAttachedPersonas(ops, current);
        boolean rebased = baseVersion < current.version();
        MergeOutcome outcome = merger.merge(current, ops,
                rebased ? maps.changedTargetsSince(mapId, baseVersion) : java.util.Set.of(), rebased);
        if (outcome.conflicted()) {
            return new BatchResult.Conflicted(current.version(), outcome.conflicts());
        }
        JourneyMap saved = maps.saveBatch(current, outcome.map(), outcome.changedTargets(), author);
        versions.versionStored(StoredVersion.edit(current, saved, author));
        return new BatchResult.Applied(saved.version(), outcome.applied(), saved);
    }

    /**
     * Replaces the map's content as a whole (a restore, an import, a template) with a new version,
     * under the map's write lock like any batch: {@code content} gets the current map and returns the
     * new one (its id and version are ignored); the changed targets are those of the difference, so
     * editors with older bases merge against it and conflict as against any batch. The listener learns
     * the version with {@code kind} and {@code detail} (see {@link StoredVersion}).
     */
    public JourneyMap replaceContent(long mapId, java.util.function.UnaryOperator<JourneyMap> content,
                                     StoredVersion.Kind kind, String detail, UserRef author) {
        for (int attempt = 1; ; attempt++) {
            try {
                return maps.lockedForWrite(mapId, () -> {
                    JourneyMap current = maps.load(mapId).orElseThrow(() -> new NotFoundException("map " + mapId));
                    JourneyMap after = content.apply(current);
                    JourneyMap next = new JourneyMap(mapId, after.header().withVersion(current.version(), current.header().updated()),
                            after.stages(), after.lanes(), after.cards(), after.emotions(), after.personaIds(), after.jiraLinks());
                    JourneyMap saved = maps.saveBatch(current, next,
                            io.journeymaps.map.operation.ReplacementTargets.between(current, next), author);
                    versions.versionStored(new StoredVersion(current, saved, author, kind, detail));
                    return saved;
                });
            } catch (ConcurrentMapUpdateException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    /** A short random pause, growing with the attempts, so that racing writers stop colliding in step. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a map batch", e);
        }
    }

    /**
     * Changes the map's Jira links under its write lock. Links added, removed or showing other values
     * make a new version (target {@code card:<id>:jiraLinks}), so editors see them like any edit; when
     * only the fetched time changed the cache is written without a version (a refresh is not an edit).
     * The change sees the current map and returns its new links; returning them unchanged writes nothing.
     */
    public JourneyMap changeJiraLinks(long mapId, java.util.function.Function<JourneyMap, List<JiraLink>> change,
                                      UserRef author) {
        for (int attempt = 1; ; attempt++) {
            try {
                return maps.lockedForWrite(mapId, () -> {
                    JourneyMap current = maps.load(mapId).orElseThrow(() -> new NotFoundException("map " + mapId));
                    List<JiraLink> links = change.apply(current);
                    java.util.Set<String> changedCards = changedCards(current.jiraLinks(), links);
                    if (!changedCards.isEmpty()) {
                        java.util.Set<String> targets = new java.util.LinkedHashSet<>();
                        changedCards.forEach(c -> targets.add(Target.field(Target.CARD, c, JIRA_LINKS_FIELD).toString()));
                        JourneyMap saved = maps.saveBatch(current, current.withJiraLinks(links), targets, author);
                        versions.versionStored(StoredVersion.edit(current, saved, author));
                        return saved;
                    }
                    return links.equals(current.jiraLinks()) ? current : maps.saveJiraLinkCache(current, links);
                });
            } catch (ConcurrentMapUpdateException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    /** Cards whose links differ in anything but the fetched time. */
    private static java.util.Set<String> changedCards(List<JiraLink> before, List<JiraLink> after) {
        java.util.Set<JiraLink> old = new java.util.HashSet<>();
        before.forEach(l -> old.add(withoutFetchTime(l)));
        java.util.Set<JiraLink> now = new java.util.HashSet<>();
        after.forEach(l -> now.add(withoutFetchTime(l)));
        java.util.Set<String> cards = new java.util.LinkedHashSet<>();
        old.stream().filter(l -> !now.contains(l)).forEach(l -> cards.add(l.cardId()));
        now.stream().filter(l -> !old.contains(l)).forEach(l -> cards.add(l.cardId()));
        return cards;
    }

    private static JiraLink withoutFetchTime(JiraLink l) {
        return new JiraLink(l.cardId(), l.serverId(), l.issueKey(), l.summary(), l.statusName(), l.statusCategory(),
                l.assignee(), null, l.state());
    }

    public List<JourneyMap> mapsOfPage(long pageId) {
        return maps.headersOfPage(pageId);
    }

    /**
     * The map of a macro instance: the page's own map for that key; else, when the key belongs to a map
     * on another page (this page is a copy), a fork of that map for this page; else a new map from the
     * template (the first built-in when blank or unknown). A page never shares a map with another page.
     * The "default" key (macros without a key) is never forked: many pages have a map with that key.
     */
    public JourneyMap mapForMacro(long pageId, String spaceKey, String macroKey, String templateId, String language,
                                  String title, UserRef viewer) {
        String key = macroKey(macroKey);
        return winnerOfRace(() -> {
            Optional<JourneyMap> existing = findOrFork(pageId, spaceKey, key, viewer);
            return existing.isPresent() ? existing.get() : createForMacro(pageId, spaceKey, key, templateId, language,
                    title, viewer);
        });
    }

    private JourneyMap createForMacro(long pageId, String spaceKey, String key, String templateId, String language,
                                      String title, UserRef viewer) {
        String lang = language != null && templates.languages().contains(language) ? language : DEFAULT_LANGUAGE;
        List<TemplateInfo> available = templates.list(lang);
        String template = templateId != null && available.stream().anyMatch(t -> t.id().equals(templateId))
                ? templateId : available.get(0).id();
        String mapTitle = title(title, template, lang);
        JourneyMap map = templates.instantiate(template, lang, pageId, spaceKey, key, mapTitle)
                .orElseThrow(() -> new IllegalStateException("built-in template " + template + " is missing"));
        return insert(map, viewer, templateName(template, lang));
    }

    /**
     * The map of a macro instance when it has been started: the page's own map for that key, or a fork
     * for this page of the map the key belongs to on another page (this page is a copy). Empty when
     * neither exists: a macro without a template then offers the template chooser and creates nothing.
     */
    public Optional<JourneyMap> existingMapForMacro(long pageId, String spaceKey, String macroKey, UserRef viewer) {
        String key = macroKey(macroKey);
        return winnerOfRace(() -> findOrFork(pageId, spaceKey, key, viewer));
    }

    /**
     * Runs a find-or-insert of a macro's map again when its insert lost the race for the (page, macro
     * key) to another request or node: the loser's transaction has rolled back by then (PostgreSQL
     * refuses any further statement in it), and the next attempt finds the winner's map.
     */
    private <T> T winnerOfRace(java.util.function.Supplier<T> findOrInsert) {
        for (int attempt = 1; ; attempt++) {
            try {
                return findOrInsert.get();
            } catch (DuplicateMapException e) {
                if (attempt >= RACE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Optional<JourneyMap> findOrFork(long pageId, String spaceKey, String key, UserRef viewer) {
        Optional<JourneyMap> own = maps.findByPageAndMacroKey(pageId, key).flatMap(maps::load);
        if (own.isPresent()) {
            return own;
        }
        // "default" is shared by every page whose macro has no key, so it never identifies a copied page's map
        Optional<JourneyMap> original = DEFAULT_MACRO_KEY.equals(key) ? Optional.empty()
                : maps.findAnyByMacroKey(key).flatMap(maps::load).filter(m -> m.header().pageId() != pageId);
        return original.map(o -> insert(MapForks.forkFor(o, pageId, spaceKey, key), viewer, null));
    }

    /** The key a macro's mapKey parameter stands for: {@link #DEFAULT_MACRO_KEY} when blank, else the trimmed key. */
    public static String macroKey(String macroKeyParameter) {
        return macroKeyParameter == null || macroKeyParameter.isBlank() ? DEFAULT_MACRO_KEY
                : checkMacroKey(macroKeyParameter.strip());
    }

    /** Personas must exist in the map's space before they can be attached. */
    private void checkAttachedPersonas(List<MapOperation> ops, JourneyMap map) {
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i) instanceof MapOperation.AttachPersona a && !map.personaIds().contains(a.personaId())) {
                Optional<Persona> p = personas.get(a.personaId());
                if (p.isEmpty() || !p.get().spaceKey().equals(map.header().spaceKey())) {
                    throw new InvalidInputException("operations[" + i + "].personaId", "no persona with this id in this space");
                }
            }
        }
    }

    private String title(String requested, String templateId, String language) {
        if (requested != null && !requested.isBlank()) {
            String t = requested.strip();
            if (t.codePointCount(0, t.length()) > Limits.NAME) {
                throw new InvalidInputException("title", "must have at most " + Limits.NAME + " characters");
            }
            return t;
        }
        return templates.list(language).stream().filter(t -> t.id().equals(templateId)).map(TemplateInfo::name)
                .findFirst().orElse("Customer journey");
    }

    private static String checkMacroKey(String key) {
        if (key.isBlank() || key.length() > Limits.NAME) {
            throw new InvalidInputException("macroKey", "must have 1 to " + Limits.NAME + " characters");
        }
        return key;
    }
}
