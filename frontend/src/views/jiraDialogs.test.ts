import { afterEach, describe, expect, it, vi } from 'vitest';
import { jiraApi } from '../api/jira';
import { DOM } from '../editor/dom';
import { fixtureMap } from './testing/fixtures';
import { byName, fakeApi, key, renderEditor } from './testing/render';

type Route = { method: string; path: RegExp; status: number; body: unknown };
const calls: Array<{ method: string; url: string; body: unknown }> = [];

function fakeFetch(routes: Route[]) {
  calls.length = 0;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const method = init.method ?? 'GET';
    calls.push({ method, url, body: init.body ? JSON.parse(String(init.body)) : undefined });
    const route = routes.find((r) => r.method === method && r.path.test(url));
    if (!route) return new Response(JSON.stringify({ message: 'no route' }), { status: 500 });
    return new Response(JSON.stringify(route.body), { status: route.status });
  });
}

const SETUP: Route[] = [
  { method: 'GET', path: /\/jira\/servers$/, status: 200, body: { configured: true, servers: [{ id: 'jira', name: 'Jira', url: 'http://jira' }] } },
  { method: 'GET', path: /\/jira\/servers\/jira\/projects$/, status: 200, body: [{ id: '1', key: 'CX', name: 'Customer' }] },
  { method: 'GET', path: /\/projects\/CX\/issuetypes$/, status: 200, body: [{ id: '10', name: 'Task', subtask: false }, { id: '11', name: 'Sub', subtask: true }] },
  { method: 'GET', path: /\/cards\/c5\/jira-issue$/, status: 200, body: { summary: 'Dealer is late', description: 'From the map' } },
  { method: 'POST', path: /\/jira\/refresh/, status: 200, body: { version: 1, refreshed: 0, faults: [], links: [] } },
];

const flush = async () => { for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0)); };
const dialog = () => document.querySelector<HTMLElement>(DOM.dialog)!;
const field = (name: string) => dialog().querySelector<HTMLInputElement>(`[name=${name}]`)!;
const withJira = () => ({ ...fakeApi(), jira: jiraApi('/rest/journey-maps/1.0') });

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('Jira dialogs', () => {
  it('create: loads server, project and type, prefills, sends the edited issue and reloads the map', async () => {
    fakeFetch([...SETUP, { method: 'POST', path: /\/cards\/c5\/jira-issue$/, status: 201,
      body: { link: { cardId: 'c5', serverId: 'jira', issueKey: 'CX-7' }, recovered: false, remoteLinked: true, version: 2 } }]);
    const { root, store } = renderEditor(fixtureMap(), { api: withJira() });
    const reload = vi.fn();
    store.reload = reload;
    byName(root.querySelector('[data-card-id="c5"]')!, 'Create Jira issue').click();
    await flush();
    const d = dialog();
    expect(document.getElementById(d.getAttribute('aria-labelledby')!)!.textContent).toBe('Create Jira issue');
    expect(field('projectKey').value).toBe('CX');
    expect(Array.from(field('issueTypeId').querySelectorAll('option')).map((o) => o.textContent)).toEqual(['Task']);
    expect(field('summary').value).toBe('Dealer is late');
    field('summary').value = 'Dealers are late';
    byName(d, 'Create').click();
    await flush();
    const create = calls.find((c) => c.method === 'POST' && c.url.endsWith('/cards/c5/jira-issue'))!;
    expect(create.url).toBe('/rest/journey-maps/1.0/maps/1/cards/c5/jira-issue'.replace('/1/', `/${store.map.id}/`));
    expect(create.body).toEqual({ serverId: 'jira', projectKey: 'CX', issueTypeId: '10', summary: 'Dealers are late', description: 'From the map' });
    expect(document.querySelector(DOM.dialog)).toBeNull();
    expect(reload).toHaveBeenCalled();
  });

  it('link: a key Jira does not know shows the error with the field and keeps the dialog open', async () => {
    fakeFetch([...SETUP, { method: 'POST', path: /\/cards\/c6\/jira-links$/, status: 404,
      body: { status: 404, error: 'jira_not_found', message: 'CX-404 does not exist', errors: [{ field: 'issueKey', reason: 'no such issue' }] } }]);
    const { root } = renderEditor(fixtureMap(), { api: withJira() });
    byName(root.querySelector('[data-card-id="c6"]')!, 'Link issue').click();
    field('issueKey').value = 'cx-404';
    byName(dialog(), 'Link').click();
    await flush();
    expect(calls.find((c) => c.url.endsWith('/jira-links'))!.body).toEqual({ issueKey: 'CX-404' });
    const alert = dialog().querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('No such issue in Jira');
    expect(alert.querySelector('[data-field=issueKey]')!.textContent).toBe('issueKey: no such issue');
    key(dialog(), 'Escape');
    expect(document.querySelector(DOM.dialog)).toBeNull();
  });

  it('link: a malformed key is refused before any request', async () => {
    fakeFetch(SETUP);
    const { root } = renderEditor(fixtureMap(), { api: withJira() });
    byName(root.querySelector('[data-card-id="c6"]')!, 'Link issue').click();
    field('issueKey').value = 'not a key';
    byName(dialog(), 'Link').click();
    expect(calls.some((c) => c.url.endsWith('/jira-links'))).toBe(false);
    expect(dialog().querySelector('[data-field=issueKey]')).not.toBeNull();
  });

  it('auth required: the dialog offers the authorise link', async () => {
    fakeFetch([...SETUP, { method: 'POST', path: /\/cards\/c5\/jira-issue$/, status: 403,
      body: { status: 403, error: 'jira_auth_required', message: 'Authorise Jira', authorisationUrl: 'http://jira/oauth?back=page' } }]);
    const { root } = renderEditor(fixtureMap(), { api: withJira() });
    byName(root.querySelector('[data-card-id="c5"]')!, 'Create Jira issue').click();
    await flush();
    byName(dialog(), 'Create').click();
    await flush();
    const link = dialog().querySelector<HTMLAnchorElement>('a.jm-jira-authorise')!;
    expect(link.textContent).toBe('Authorise Jira');
    expect(link.getAttribute('href')).toBe('http://jira/oauth?back=page');
  });

  it('chips show summary, status, assignee and state; unlink from the chip menu', async () => {
    fakeFetch([...SETUP, { method: 'DELETE', path: /\/jira-links\/CX-1$/, status: 200, body: { version: 3 } }]);
    const map = fixtureMap();
    Object.assign(map.cards.find((c) => c.id === 'c4')!.jiraLinks[0], { assignee: 'Alice', state: 'UNREACHABLE', stateMessage: 'Jira unreachable — retry' });
    const { root, store } = renderEditor(map, { api: withJira() });
    store.reload = vi.fn();
    const chip = root.querySelector<HTMLElement>('[data-card-id="c4"] [data-issue-key="CX-1"]')!;
    expect(chip.querySelector('.jm-jira-summary')!.textContent).toBe('Fix reviews');
    expect(chip.querySelector('.jm-jira-assignee')!.textContent).toBe('Alice');
    expect(chip.querySelector('.jm-jira-state')!.textContent).toBe('Jira unreachable — retry');
    byName(chip, 'Issue actions: CX-1').click();
    byName(chip, 'Unlink').click();
    await flush();
    expect(calls.some((c) => c.method === 'DELETE' && c.url.endsWith('/cards/c4/jira-links/CX-1'))).toBe(true);
    expect(store.reload).toHaveBeenCalled();
  });

  it('bulk create from the toolbar lists a result per card', async () => {
    fakeFetch([...SETUP, { method: 'POST', path: /\/jira-issues$/, status: 200, body: { version: 4, results: [
      { cardId: 'c5', outcome: 'CREATED', issueKey: 'CX-9', fault: null, message: null, errors: [] }] } }]);
    const { root } = renderEditor(fixtureMap(), { api: withJira() });
    byName(root, 'Create issues for unlinked pain points').click();
    await flush();
    byName(dialog(), 'Create').click();
    await flush();
    expect(calls.find((c) => c.url.endsWith('/jira-issues'))!.body).toEqual({ serverId: 'jira', projectKey: 'CX', issueTypeId: '10' });
    expect(dialog().querySelector('[data-card-id=c5]')!.textContent).toContain('CX-9');
  });

  it('a reader sees chips but no create or link actions, and the map asks for a refresh once', async () => {
    fakeFetch(SETUP);
    const { root } = renderEditor(fixtureMap(), { api: withJira(), canEdit: false });
    expect(root.querySelector('[data-issue-key="CX-1"]')).not.toBeNull();
    expect(root.querySelector('[data-action=jira-create], [data-action=jira-link], [data-action=jira-issue-actions], [data-action=jira-bulk-create]')).toBeNull();
    await flush();
    expect(calls.filter((c) => c.method === 'POST' && c.url.includes('/jira/refresh')).length).toBe(1);
  });
});
