// The Jira endpoints (README "Jira"; openapi/journey-maps.json): servers, projects, issue types,
// create/link/unlink on a card, bulk create and the background status refresh.
import type { JiraLinkData } from '../editor/contract';
import { HttpError, requestJson } from './http';
import type { FieldError } from './maps';

export interface JiraServer { id: string; name: string; url: string }
export interface JiraServers { configured: boolean; message?: string; servers: JiraServer[] }
export interface JiraProject { id: string; key: string; name: string }
export interface JiraIssueType { id: string; name: string; subtask: boolean }
export interface IssueDraft { summary: string; description: string }
export interface NewIssue { serverId: string; projectKey: string; issueTypeId: string; summary?: string; description?: string }
export interface LinkOutcome { link: JiraLinkData & { cardId: string }; recovered: boolean; remoteLinked: boolean; version: number }
export interface BulkCardResult {
  cardId: string; outcome: string; issueKey: string | null; fault: string | null; message: string | null; errors: FieldError[];
}
export interface BulkOutcome { version: number; results: BulkCardResult[] }
export interface RefreshOutcome {
  version: number; refreshed: number;
  faults: Array<{ serverId: string; fault: string; message: string; authorisationUrl?: string; retryAfterSeconds?: number }>;
}

/** A failed Jira call, read from the error body (403 jira_auth_required, 502, 429, 503…). */
export interface JiraError {
  status: number; error: string; message: string; errors: FieldError[];
  authorisationUrl: string | null; pending: boolean; retryAfterSeconds: number | null;
}

export function jiraError(e: unknown): JiraError {
  const status = e instanceof HttpError ? e.status : 0;
  const body = (e instanceof HttpError && e.body && typeof e.body === 'object' ? e.body : {}) as Record<string, unknown>;
  return {
    status,
    error: typeof body.error === 'string' ? body.error : status === 0 ? 'network' : `http_${status}`,
    message: typeof body.message === 'string' ? body.message : e instanceof Error ? e.message : String(e),
    errors: Array.isArray(body.errors) ? (body.errors as FieldError[]) : [],
    authorisationUrl: typeof body.authorisationUrl === 'string' ? body.authorisationUrl : null,
    pending: body.pending === true,
    retryAfterSeconds: typeof body.retryAfterSeconds === 'number' ? body.retryAfterSeconds : null,
  };
}

export interface JiraApi {
  servers(): Promise<JiraServers>;
  projects(serverId: string): Promise<JiraProject[]>;
  issueTypes(serverId: string, projectKey: string): Promise<JiraIssueType[]>;
  draft(mapId: number, cardId: string): Promise<IssueDraft>;
  create(mapId: number, cardId: string, issue: NewIssue): Promise<LinkOutcome>;
  link(mapId: number, cardId: string, issueKey: string, serverId?: string): Promise<LinkOutcome>;
  unlink(mapId: number, cardId: string, issueKey: string): Promise<{ version: number }>;
  bulkCreate(mapId: number, request: { serverId: string; projectKey: string; issueTypeId: string; stageId?: string }): Promise<BulkOutcome>;
  refresh(mapId: number, force?: boolean): Promise<RefreshOutcome>;
}

const enc = encodeURIComponent;

export function jiraApi(restBase: string): JiraApi {
  const card = (mapId: number, cardId: string) => `${restBase}/maps/${mapId}/cards/${enc(cardId)}`;
  return {
    servers: () => requestJson('GET', `${restBase}/jira/servers`),
    projects: (serverId) => requestJson('GET', `${restBase}/jira/servers/${enc(serverId)}/projects`),
    issueTypes: (serverId, projectKey) => requestJson('GET', `${restBase}/jira/servers/${enc(serverId)}/projects/${enc(projectKey)}/issuetypes`),
    draft: (mapId, cardId) => requestJson('GET', `${card(mapId, cardId)}/jira-issue`),
    create: (mapId, cardId, issue) => requestJson('POST', `${card(mapId, cardId)}/jira-issue`, issue),
    link: (mapId, cardId, issueKey, serverId) => requestJson('POST', `${card(mapId, cardId)}/jira-links`, serverId ? { serverId, issueKey } : { issueKey }),
    unlink: (mapId, cardId, issueKey) => requestJson('DELETE', `${card(mapId, cardId)}/jira-links/${enc(issueKey)}`),
    bulkCreate: (mapId, request) => requestJson('POST', `${restBase}/maps/${mapId}/jira-issues`, request),
    refresh: (mapId, force = false) => requestJson('POST', `${restBase}/maps/${mapId}/jira/refresh${force ? '?force=true' : ''}`),
  };
}
