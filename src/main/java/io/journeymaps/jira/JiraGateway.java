package io.journeymaps.jira;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Jira Data Center REST v2 as the plugin uses it, host-neutral. Every method fails with a typed
 * {@link JiraException}; none ever changes local data.
 */
public interface JiraGateway {
    /** Issues per search request (Jira's default page size). */
    int SEARCH_BATCH = 50;

    List<JiraServer> servers();

    /** See {@link JiraConnections#authorisationUrl}. */
    Optional<String> authorisationUrl(String serverId, String returnUrl);

    /** {@code GET /rest/api/2/project}. */
    List<JiraProject> projects(String serverId);

    /** {@code GET /rest/api/2/issue/createmeta/{project}/issuetypes}, every page. */
    List<JiraIssueType> issueTypes(String serverId, String projectKey);

    /** {@code POST /rest/api/2/issue}. */
    CreatedIssue createIssue(String serverId, NewIssue issue);

    /** {@code GET /rest/api/2/issue/{key}}; empty when Jira answers 404. */
    Optional<JiraIssue> issue(String serverId, String issueKey);

    /** {@code POST /rest/api/2/search} with {@code key in (…)}: ⌈N/50⌉ requests. Unknown keys are left out. */
    List<JiraIssue> searchByKeys(String serverId, Collection<String> issueKeys);

    /** Issues of the project whose description carries the marker (recovering an uncertain create). */
    List<JiraIssue> searchByMarker(String serverId, String projectKey, String marker);

    /** {@code POST /rest/api/2/issue/{key}/remotelink}: creates, or updates the link with the same globalId. */
    void putRemoteLink(String serverId, String issueKey, RemoteLink link);

    /** {@code GET /rest/api/2/issue/{key}/remotelink?globalId=…}; empty when there is none. */
    Optional<RemoteLink> findRemoteLink(String serverId, String issueKey, String globalId);

    /** {@code DELETE /rest/api/2/issue/{key}/remotelink?globalId=…}; a missing link is fine. */
    void deleteRemoteLink(String serverId, String issueKey, String globalId);
}
