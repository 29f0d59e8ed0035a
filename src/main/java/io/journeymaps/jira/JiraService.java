package io.journeymaps.jira;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.journeymaps.common.InvalidInputException;
import io.journeymaps.common.NotFoundException;
import io.journeymaps.host.PageRef;
import io.journeymaps.host.UserRef;
import io.journeymaps.map.MapService;
import io.journeymaps.map.model.Card;
import io.journeymaps.map.model.JiraLink;
import io.journeymaps.map.model.JiraLinkState;
import io.journeymaps.map.model.JourneyMap;
import io.journeymaps.map.model.LaneType;
import io.journeymaps.map.model.Stage;

/**
 * Cards ↔ Jira issues: create from a card (idempotent through a pending record and a marker), link by
 * key, unlink, bulk create, and refresh of the cached statuses in batches. Links change through
 * {@link MapService#changeJiraLinks}, so they are versioned like other edits. Permission checks are
 * the caller's; no Jira fault ever loses local data.
 */
@Named
public class JiraService {
    public static final String PENDING_KEY = "pending";
    static final int MAX_DESCRIPTION = 32_000;
    static final int MAX_BULK = 200;

    private final JiraGateway jira;
    private final MapService maps;
    private final PendingCreates pending;
    private final JiraStatusSettings settings;
    private final Supplier<Instant> clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public JiraService(JiraGateway jira, MapService maps, PendingCreates pending, JiraStatusSettings settings) {
        this(jira, maps, pending, settings, Instant::now);
    }

    JiraService(JiraGateway jira, MapService maps, PendingCreates pending, JiraStatusSettings settings,
                Supplier<Instant> clock) {
        this.jira = jira;
        this.maps = maps;
        this.pending = pending;
        this.settings = settings;
        this.clock = clock;
    }

    public List<JiraServer> servers() {
        return jira.servers();
    }

    public List<JiraProject> projects(String serverId) {
        return jira.projects(server(serverId));
    }

    /** The issue types a card's issue can have (sub-tasks need a parent, so they are left out). */
    public List<JiraIssueType> issueTypes(String serverId, String projectKey) {
        return jira.issueTypes(server(serverId), projectKey(projectKey)).stream().filter(t -> !t.subtask()).toList();
    }

    /** The authorisation URL for an AUTH_REQUIRED fault, returning to the page; null when there is none. */
    public String authorisationUrl(JiraException fault, String serverId, String returnUrl) {
        if (serverId != null) {
            try {
                Optional<String> url = jira.authorisationUrl(serverId, returnUrl);
                if (url.isPresent()) {
                    return url.get();
                }
            } catch (RuntimeException e) {
                // fall back to the URL the fault carried
            }
        }
        return fault.authorisationUrl();
    }

    /** The prefilled summary and description for a card. */
    public IssueDraft draft(long mapId, String cardId, PageRef page) {
        JourneyMap map = map(mapId);
        return IssueDrafts.draft(map, linkableCard(map, cardId), maps.personasOf(map), page);
    }

    /**
     * Creates an issue for the card and links it. A retry after an uncertain failure first looks for
     * the issue the earlier attempt may have made (by its marker) and links that one instead.
     */
    public CreateOutcome createIssue(long mapId, String cardId, CreateRequest request, PageRef page, UserRef user) {
        String serverId = server(request.serverId());
        String projectKey = projectKey(request.projectKey());
        String issueTypeId = required("issueTypeId", request.issueTypeId());
        JourneyMap map = map(mapId);
        Card card = linkableCard(map, cardId);
        IssueDraft draft = IssueDrafts.draft(map, card, maps.personasOf(map), page);
        String summary = request.summary() == null ? draft.summary() : summary(request.summary());
        String description = request.description() == null ? draft.description() : request.description();
        if (description.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "must have at most " + MAX_DESCRIPTION + " characters");
        }

        Optional<PendingCreate> earlier = pending.find(mapId, cardId, serverId);
        PendingCreate current;
        if (earlier.isPresent()) {
            current = earlier.get();
            Optional<JiraIssue> made = findByMarker(current);
            if (made.isPresent()) {
                return finish(map, card, current, made.get().key(), made.get().summary(), page, user, true);
            }
        } else {
            current = new PendingCreate(mapId, cardId, serverId, newMarker(), projectKey, now());
            if (!pending.add(current)) {
                throw new InvalidInputException("cardId", "an issue is already being created for this card; retry in a moment");
            }
            maps.changeJiraLinks(mapId, m -> withLink(m.jiraLinks(), pendingLink(cardId, serverId, summary)), user);
        }
        CreatedIssue created;
        try {
            created = jira.createIssue(serverId, new NewIssue(current.projectKey(), issueTypeId, summary,
                    IssueDrafts.withMarker(description, current.marker())));
        } catch (JiraException e) {
            if (!e.uncertain()) {
                abandon(mapId, cardId, serverId, user);
                throw e;
            }
            Optional<JiraIssue> made = Optional.empty();
            try {
                made = findByMarker(current);
            } catch (JiraException stillDown) {
                // keep the pending record: the next attempt recovers or creates
            }
            if (made.isEmpty()) {
                throw e;
            }
            return finish(map, card, current, made.get().key(), made.get().summary(), page, user, true);
        }
        return finish(map, card, current, created.key(), summary, page, user, false);
    }

    /** Links an existing issue, checked against Jira; linking it again changes nothing. */
    public CreateOutcome linkIssue(long mapId, String cardId, String serverId, String issueKey, PageRef page, UserRef user) {
        String server = server(serverId);
        String key = issueKey(issueKey);
        JourneyMap map = map(mapId);
        Card card = linkableCard(map, cardId);
        Optional<JiraLink> existing = map.jiraLinksOf(cardId).stream()
                .filter(l -> server.equals(l.serverId()) && key.equals(l.issueKey())).findFirst();
        if (existing.isPresent()) {
            return new CreateOutcome(existing.get(), false, remoteLink(map, card, server, key, page), map.version());
        }
        JiraIssue issue = jira.issue(server, key).orElseThrow(() -> new InvalidInputException("issueKey",
                "Jira has no issue " + key + " that you can see"));
        JiraLink link = new JiraLink(cardId, server, issue.key(), issue.summary(), issue.statusName(),
                issue.statusCategory(), issue.assignee(), now(), JiraLinkState.OK);
        JourneyMap saved = maps.changeJiraLinks(mapId, m -> {
            requireCard(m, cardId);
            return withLink(m.jiraLinks(), link);
        }, user);
        return new CreateOutcome(link, false, remoteLink(map, card, server, issue.key(), page), saved.version());
    }

    /** Removes the card's link to the issue ({@code pending} drops a create in flight) and, best effort, Jira's link back. */
    public JourneyMap unlink(long mapId, String cardId, String issueKey, UserRef user) {
        JourneyMap map = map(mapId);
        boolean dropPending = PENDING_KEY.equalsIgnoreCase(issueKey);
        String key = dropPending ? null : issueKey(issueKey);
        List<JiraLink> gone = map.jiraLinksOf(cardId).stream().filter(l -> Objects.equals(key, l.issueKey())).toList();
        if (gone.isEmpty()) {
            throw new NotFoundException("card " + cardId + " has no link to " + issueKey);
        }
        JourneyMap saved = maps.changeJiraLinks(mapId, m -> m.jiraLinks().stream()
                .filter(l -> !(l.cardId().equals(cardId) && Objects.equals(key, l.issueKey()))).toList(), user);
        for (JiraLink l : gone) {
            if (dropPending) {
                pending.remove(mapId, cardId, l.serverId());
            } else {
                try {
                    jira.deleteRemoteLink(l.serverId(), l.issueKey(), globalId(mapId, cardId));
                } catch (JiraException | IllegalArgumentException ignored) {
                    // the card is unlinked; a stale link in Jira only points back to the page
                }
            }
        }
        return saved;
    }

    /**
     * Creates issues for the pain points of a stage (or of the whole map) that have no issue yet,
     * one by one, with a result per card. After a fault that would fail every card alike (Jira
     * unreachable, authorisation, rate limit) the remaining cards are skipped, not tried.
     */
    public List<BulkCardResult> bulkCreate(long mapId, String stageId, String serverId, String projectKey,
                                           String issueTypeId, PageRef page, UserRef user) {
        String server = server(serverId);
        String project = projectKey(projectKey);
        String type = required("issueTypeId", issueTypeId);
        JourneyMap map = map(mapId);
        Set<String> steps = new LinkedHashSet<>();
        if (stageId == null) {
            map.steps().forEach(s -> steps.add(s.id()));
        } else {
            Stage stage = map.stage(stageId).orElseThrow(() -> new InvalidInputException("stageId", "no stage with this id"));
            stage.steps().forEach(s -> steps.add(s.id()));
        }
        List<Card> cards = map.cards().stream()
                .filter(c -> steps.contains(c.stepId()))
                .filter(c -> map.lane(c.laneId()).map(l -> l.type() == LaneType.PAIN_POINTS).orElse(false))
                .filter(c -> map.jiraLinksOf(c.id()).stream().allMatch(JiraLink::pending))
                .toList();
        if (cards.size() > MAX_BULK) {
            throw new InvalidInputException("stageId", "at most " + MAX_BULK + " issues at once; choose a stage");
        }
        List<BulkCardResult> results = new ArrayList<>();
        JiraException stop = null;
        for (Card card : cards) {
            if (stop != null) {
                results.add(new BulkCardResult(card.id(), BulkCardResult.Outcome.SKIPPED, null, stop.fault(),
                        stop.fault().linkState().message(), List.of()));
                continue;
            }
            try {
                CreateOutcome o = createIssue(mapId, card.id(), new CreateRequest(server, project, type, null, null), page, user);
                results.add(new BulkCardResult(card.id(), o.recovered() ? BulkCardResult.Outcome.RECOVERED
                        : BulkCardResult.Outcome.CREATED, o.link().issueKey(), null, null, List.of()));
            } catch (JiraException e) {
                results.add(new BulkCardResult(card.id(), BulkCardResult.Outcome.FAILED, null, e.fault(),
                        e.fault().linkState().message(), e.fieldErrors()));
                if (e.fault() == JiraFault.UNREACHABLE || e.fault() == JiraFault.AUTH_REQUIRED
                        || e.fault() == JiraFault.RATE_LIMITED || e.fault() == JiraFault.NOT_CONFIGURED) {
                    stop = e;
                }
            } catch (InvalidInputException e) {
                results.add(new BulkCardResult(card.id(), BulkCardResult.Outcome.FAILED, null, null, e.getMessage(), e.errors()));
            }
        }
        return results;
    }

    /**
     * Refreshes the cached state of the map's linked issues that are older than the maximum age (all
     * of them when forced): one search per 50 issues and server. On a fault the cached values stay
     * and the links show the fault; pending creates are looked for again.
     */
    public RefreshOutcome refresh(long mapId, boolean force, String returnUrl, UserRef user) {
        JourneyMap map = map(mapId);
        Instant now = now();
        Instant staleBefore = now.minus(settings.maxAge());
        Map<String, Set<String>> keysByServer = new LinkedHashMap<>();
        for (JiraLink l : map.jiraLinks()) {
            boolean stale = force || l.fetchedAt() == null || l.fetchedAt().isBefore(staleBefore) || l.state() != JiraLinkState.OK;
            if (l.issueKey() != null && stale) {
                keysByServer.computeIfAbsent(l.serverId(), k -> new LinkedHashSet<>()).add(l.issueKey());
            }
        }
        Map<String, JiraIssue> fresh = new HashMap<>();
        Map<String, String> moved = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        Map<String, JiraLinkState> serverState = new HashMap<>();
        List<RefreshOutcome.ServerFault> faults = new ArrayList<>();
        int asked = 0;
        for (Map.Entry<String, Set<String>> entry : keysByServer.entrySet()) {
            String server = entry.getKey();
            try {
                asked += entry.getValue().size();
                for (JiraIssue issue : jira.searchByKeys(server, entry.getValue())) {
                    fresh.put(server + " " + issue.key(), issue);
                }
                for (String key : entry.getValue()) {
                    if (!fresh.containsKey(server + " " + key)) {
                        // Not found by key: deleted, or moved to another key (Jira follows the old key on GET).
                        Optional<JiraIssue> found = jira.issue(server, key);
                        if (found.isEmpty()) {
                            missing.add(server + " " + key);
                        } else {
                            fresh.put(server + " " + key, found.get());
                            moved.put(server + " " + key, found.get().key());
                        }
                    }
                }
            } catch (JiraException e) {
                serverState.put(server, e.fault().linkState());
                faults.add(new RefreshOutcome.ServerFault(server, e.fault(), e.fault().linkState().message(),
                        e.fault() == JiraFault.AUTH_REQUIRED ? authorisationUrl(e, server, returnUrl) : null,
                        e.retryAfterSeconds()));
            }
        }
        List<PendingCreate> inFlight = pending.ofMap(mapId);
        Map<String, JiraIssue> recovered = new HashMap<>();
        for (PendingCreate p : inFlight) {
            try {
                findByMarker(p).ifPresent(issue -> recovered.put(p.cardId() + " " + p.serverId(), issue));
            } catch (JiraException ignored) {
                // still pending; the card says so
            }
        }
        if (keysByServer.isEmpty() && recovered.isEmpty()) {
            return new RefreshOutcome(map, 0, faults);
        }
        JourneyMap saved = maps.changeJiraLinks(mapId, m -> {
            List<JiraLink> links = new ArrayList<>();
            for (JiraLink l : m.jiraLinks()) {
                String id = l.serverId() + " " + l.issueKey();
                JiraIssue issue = fresh.get(id);
                if (l.pending() && recovered.containsKey(l.cardId() + " " + l.serverId())) {
                    JiraIssue r = recovered.get(l.cardId() + " " + l.serverId());
                    links.add(new JiraLink(l.cardId(), l.serverId(), r.key(), r.summary(), r.statusName(),
                            r.statusCategory(), r.assignee(), now, JiraLinkState.OK));
                } else if (issue != null) {
                    links.add(new JiraLink(l.cardId(), l.serverId(), moved.getOrDefault(id, l.issueKey()), issue.summary(),
                            issue.statusName(), issue.statusCategory(), issue.assignee(), now, JiraLinkState.OK));
                } else if (missing.contains(id)) {
                    links.add(l.withState(JiraLinkState.NOT_FOUND));
                } else if (l.issueKey() != null && serverState.containsKey(l.serverId())) {
                    links.add(l.withState(serverState.get(l.serverId())));
                } else {
                    links.add(l);
                }
            }
            return dedupe(links);
        }, user);
        for (PendingCreate p : inFlight) {
            if (recovered.containsKey(p.cardId() + " " + p.serverId())) {
                pending.remove(p.mapId(), p.cardId(), p.serverId());
            }
        }
        return new RefreshOutcome(saved, asked, faults);
    }

    /** The globalId of the remote link from an issue back to a card: stable, so posting again updates. */
    public static String globalId(long mapId, String cardId) {
        String id = "io.journeymaps:map=" + mapId + "&card=" + cardId;
        return id.length() <= RemoteLink.MAX_GLOBAL_ID ? id : id.substring(0, RemoteLink.MAX_GLOBAL_ID);
    }

    private CreateOutcome finish(JourneyMap map, Card card, PendingCreate p, String key, String summary, PageRef page,
                                 UserRef user, boolean recovered) {
        JiraLink link = new JiraLink(card.id(), p.serverId(), key, summary, null, null, null, null, JiraLinkState.OK);
        JourneyMap saved = maps.changeJiraLinks(map.id(), m -> {
            List<JiraLink> links = new ArrayList<>(m.jiraLinks().stream()
                    .filter(l -> !(l.cardId().equals(card.id()) && l.serverId().equals(p.serverId()) && l.pending()))
                    .toList());
            if (m.card(card.id()).isPresent()) {
                links.add(link);
            }
            return dedupe(links);
        }, user);
        pending.remove(map.id(), card.id(), p.serverId());
        return new CreateOutcome(link, recovered, remoteLink(map, card, p.serverId(), key, page), saved.version());
    }

    private void abandon(long mapId, String cardId, String serverId, UserRef user) {
        maps.changeJiraLinks(mapId, m -> m.jiraLinks().stream()
                .filter(l -> !(l.cardId().equals(cardId) && l.serverId().equals(serverId) && l.pending())).toList(), user);
        pending.remove(mapId, cardId, serverId);
    }

    private boolean remoteLink(JourneyMap map, Card card, String serverId, String key, PageRef page) {
        try {
            String title = "Journey map: " + map.header().title();
            String summary = card.text().isBlank() ? null : IssueDrafts.cut(card.text());
            jira.putRemoteLink(serverId, key, new RemoteLink(globalId(map.id(), card.id()), page.url(),
                    IssueDrafts.cut(title), summary, "mentioned in"));
            return true;
        } catch (JiraException e) {
            return false;
        }
    }

    private Optional<JiraIssue> findByMarker(PendingCreate p) {
        return jira.searchByMarker(p.serverId(), p.projectKey(), p.marker()).stream().findFirst();
    }

    private static List<JiraLink> withLink(List<JiraLink> links, JiraLink link) {
        List<JiraLink> all = new ArrayList<>(links);
        all.add(link);
        return dedupe(all);
    }

    /** One link per card, server and key (the last wins). */
    private static List<JiraLink> dedupe(List<JiraLink> links) {
        Map<String, JiraLink> byKey = new LinkedHashMap<>();
        for (JiraLink l : links) {
            byKey.put(l.cardId() + "\u0000" + l.serverId() + "\u0000" + l.issueKey(), l);
        }
        return new ArrayList<>(byKey.values());
    }

    private static JiraLink pendingLink(String cardId, String serverId, String summary) {
        return new JiraLink(cardId, serverId, null, summary, null, null, null, null, JiraLinkState.PENDING);
    }

    private JourneyMap map(long mapId) {
        return maps.find(mapId).orElseThrow(() -> new NotFoundException("map " + mapId + " not found"));
    }

    private static Card linkableCard(JourneyMap map, String cardId) {
        Card card = requireCard(map, cardId);
        boolean linkable = map.lane(card.laneId()).map(l -> l.type() != null && l.type().linksToJira()).orElse(false);
        if (!linkable) {
            throw new InvalidInputException("cardId", "only pain points and opportunities link to Jira");
        }
        return card;
    }

    private static Card requireCard(JourneyMap map, String cardId) {
        return map.card(cardId).orElseThrow(() -> new NotFoundException("card " + cardId + " not found"));
    }

    private String server(String serverId) {
        String id = required("serverId", serverId);
        if (jira.servers().stream().noneMatch(s -> s.id().equals(id))) {
            if (jira.servers().isEmpty()) {
                throw new JiraException(JiraFault.NOT_CONFIGURED, "Jira is not configured");
            }
            throw new InvalidInputException("serverId", "no Jira server with this id");
        }
        return id;
    }

    private static String projectKey(String key) {
        String k = required("projectKey", key).strip();
        if (!k.matches("[A-Za-z][A-Za-z0-9_]{0,254}")) {
            throw new InvalidInputException("projectKey", "must be a Jira project key such as SHOP");
        }
        return k.toUpperCase(Locale.ROOT);
    }

    private static String issueKey(String key) {
        String k = required("issueKey", key).strip().toUpperCase(Locale.ROOT);
        if (!RestJiraGateway.ISSUE_KEY.matcher(k).matches()) {
            throw new InvalidInputException("issueKey", "must be a Jira issue key such as SHOP-12");
        }
        return k;
    }

    private static String summary(String s) {
        if (s.isBlank()) {
            throw new InvalidInputException("summary", "must not be blank");
        }
        if (s.strip().codePointCount(0, s.strip().length()) > IssueDrafts.SUMMARY_MAX) {
            throw new InvalidInputException("summary", "must have at most " + IssueDrafts.SUMMARY_MAX + " characters");
        }
        return s.strip().replaceAll("\\s+", " ");
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    private String newMarker() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return "jm" + HexFormat.of().formatHex(bytes);
    }

    private Instant now() {
        return clock.get().truncatedTo(ChronoUnit.MILLIS);
    }
}
