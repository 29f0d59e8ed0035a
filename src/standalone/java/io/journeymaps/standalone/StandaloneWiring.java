package io.journeymaps.standalone;

import java.util.List;

import io.journeymaps.comment.CommentService;
import io.journeymaps.comment.rest.AuthorNameLookup;
import io.journeymaps.comment.rest.CommentResource;
import io.journeymaps.comment.rest.MapCommentResource;
import io.journeymaps.comment.store.AoCommentStore;
import io.journeymaps.common.rest.OpenApiResource;
import io.journeymaps.common.rest.WebApplicationErrorMapper;
import io.journeymaps.history.HistoryRecorder;
import io.journeymaps.history.HistoryService;
import io.journeymaps.history.HistorySettings;
import io.journeymaps.history.rest.MapHistoryResource;
import io.journeymaps.history.store.AoRevisionStore;
import io.journeymaps.host.AccessGuard;
import io.journeymaps.jira.JiraService;
import io.journeymaps.jira.JiraStatusSettings;
import io.journeymaps.jira.RestJiraGateway;
import io.journeymaps.jira.rest.JiraResource;
import io.journeymaps.jira.rest.MapJiraResource;
import io.journeymaps.jira.store.AoPendingCreates;
import io.journeymaps.jira.token.TokenJiraConnections;
import io.journeymaps.lifecycle.MapPurge;
import io.journeymaps.lifecycle.PageLifecycle;
import io.journeymaps.map.MapService;
import io.journeymaps.map.rest.MapAccess;
import io.journeymaps.map.rest.MapResource;
import io.journeymaps.map.rest.PageMapsResource;
import io.journeymaps.map.rest.TemplateResource;
import io.journeymaps.map.store.AoMapStore;
import io.journeymaps.map.template.BuiltInTemplates;
import io.journeymaps.persona.PersonaService;
import io.journeymaps.persona.rest.PersonaResource;
import io.journeymaps.persona.store.AoPersonaStore;
import io.journeymaps.render.MacroView;
import io.journeymaps.space.SpaceTransferService;
import io.journeymaps.space.rest.SpaceTransferResource;
import io.journeymaps.render.MapMacroView;
import io.journeymaps.render.VelocityMapRenderer;
import io.journeymaps.standalone.site.StandaloneSite;
import io.journeymaps.standalone.site.PageEvent;
import io.journeymaps.standalone.storage.StandaloneDatabase;

/**
 * The plugin's components wired by hand on the host's ports, the same graph Spring builds inside
 * Confluence from the {@code @Named} classes (the wiring guard test keeps the two in step).
 */
public final class StandaloneWiring implements PluginWiring {
    private final StandaloneDatabase database;
    private final MapService maps;
    private final PersonaService personaService;
    private final JiraService jira;
    private final CommentService comments;
    private final HistoryService history;
    private final PageLifecycle lifecycle;
    private final SpaceTransferService spaceTransfer;
    private final MacroView macroView;
    private final List<Object> restResources;
    private final StandaloneSite site;
    private final java.util.function.Consumer<PageEvent> pageListener;

    private StandaloneWiring(HostConfig config, StandaloneSite site) {
        database = StandaloneDatabase.open(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword(),
                config.jdbcSchema());
        AoMapStore mapStore = new AoMapStore(database.aoDatabase());
        AoPersonaStore personaStore = new AoPersonaStore(database.aoDatabase());
        BuiltInTemplates templates = new BuiltInTemplates();
        AoRevisionStore revisionStore = new AoRevisionStore(database.aoDatabase());
        HistoryRecorder recorder = new HistoryRecorder(revisionStore, new HistorySettings());
        maps = new MapService(mapStore, personaStore, templates, recorder);
        history = new HistoryService(revisionStore, maps, site.users());
        personaService = new PersonaService(personaStore);
        AccessGuard guard = new AccessGuard(site.currentUser(), site.pages(), site.permissions());
        MapAccess mapAccess = new MapAccess(maps, guard);
        TokenJiraConnections jiraConnections = config.jira()
                .map(j -> TokenJiraConnections.of(j.url(), j.token()))
                .orElseGet(TokenJiraConnections::notConfigured);
        AoPendingCreates pendingCreates = new AoPendingCreates(database.aoDatabase());
        jira = new JiraService(new RestJiraGateway(jiraConnections), maps, pendingCreates, new JiraStatusSettings());
        AoCommentStore commentStore = new AoCommentStore(database.aoDatabase());
        comments = new CommentService(commentStore, maps, guard);
        MapPurge purge = new MapPurge(mapStore, commentStore, revisionStore, pendingCreates);
        lifecycle = new PageLifecycle(mapStore, purge, recorder);
        // Like the Confluence listener registering with the EventPublisher: the site's page events reach the core.
        this.site = site;
        pageListener = new PageEventsToLifecycle(lifecycle);
        site.events().register(pageListener);
        spaceTransfer = new SpaceTransferService(mapStore, personaStore, commentStore, revisionStore, site.pages(),
                recorder);
        AuthorNameLookup authorNames = new AuthorNameLookup(site.users());
        macroView = new MapMacroView(maps, new VelocityMapRenderer(), site.permissions(), commentStore);
        restResources = List.of(
                new MapResource(maps, mapAccess, purge, comments),
                new JiraResource(jira, guard),
                new MapJiraResource(jira, maps, mapAccess),
                new PageMapsResource(maps, guard),
                new TemplateResource(templates, guard),
                new PersonaResource(personaService, guard),
                new MapCommentResource(comments, authorNames),
                new CommentResource(comments, authorNames),
                new MapHistoryResource(history, maps, mapAccess),
                new SpaceTransferResource(spaceTransfer, guard),
                new OpenApiResource(),
                new WebApplicationErrorMapper());
    }

    public static StandaloneWiring create(HostConfig config, StandaloneSite site) {
        return new StandaloneWiring(config, site);
    }

    public MapService maps() {
        return maps;
    }

    public JiraService jira() {
        return jira;
    }

    /** The plugin's database (tests count rows in it). */
    public StandaloneDatabase database() {
        return database;
    }

    public PageLifecycle lifecycle() {
        return lifecycle;
    }

    public SpaceTransferService spaceTransfer() {
        return spaceTransfer;
    }

    public CommentService comments() {
        return comments;
    }

    public HistoryService history() {
        return history;
    }

    public PersonaService personas() {
        return personaService;
    }

    @Override
    public MacroView macroView() {
        return macroView;
    }

    @Override
    public List<Object> restResources() {
        return restResources;
    }

    @Override
    public void close() {
        site.events().unregister(pageListener);
        database.close();
    }
}
