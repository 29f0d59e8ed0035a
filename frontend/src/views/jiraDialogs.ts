// Jira on the map: "Create Jira issue", "Link issue" and bulk create dialogs, unlink, and the
// background status refresh when a map opens. After a change the server bumps the map version;
// the store reloads the map through its normal path (store.reload, else the live poll).
import { type JiraApi, type JiraError, jiraError } from '../api/jira';
import type { Card, JiraLinkData } from '../editor/contract';
import type { ViewContext } from './context';
import { type DialogHandle, formRow, openDialog } from './dialog';
import { h } from './h';

export const JIRA_LANES = new Set(['PAIN_POINTS', 'OPPORTUNITIES']);

function afterChange(ctx: ViewContext, withStatus = false): void {
  const reload = () => ctx.store.reload?.();
  // A new link has no status yet: one refresh fetches it (links never fetched count as stale).
  if (withStatus && ctx.api.jira) ctx.api.jira.refresh(ctx.store.map.id).then(reload, reload);
  else reload();
}

/** The error area of a dialog: the message, each field with its reason, the authorise link. */
function showError(box: HTMLElement, ctx: ViewContext, e: JiraError): void {
  const { t } = ctx;
  const parts: Node[] = [h('p', { class: 'jm-error-message', dir: 'auto', text: e.status === 404 ? t('jira.not-found') : e.message })];
  if (e.errors.length > 0) {
    parts.push(h('ul', { class: 'jm-field-errors' }, ...e.errors.map((fe) => h('li', { 'data-field': fe.field, dir: 'auto', text: `${fe.field}: ${fe.reason}` }))));
  }
  if (e.authorisationUrl) {
    parts.push(h('a', { class: 'jm-jira-authorise', href: e.authorisationUrl, text: t('jira.authorise') }));
  }
  if (e.pending) parts.push(h('p', { text: t('jira.pending') }));
  if (e.status === 429) parts.push(h('p', { text: t('jira.rate-limited') }));
  box.replaceChildren(...parts);
  box.hidden = false;
}

function errorBox(): HTMLElement {
  const box = h('div', { class: 'jm-dialog-error', role: 'alert' });
  box.hidden = true;
  return box;
}

function options(select: HTMLSelectElement, items: Array<[string, string]>): void {
  select.replaceChildren(...items.map(([v, text]) => h('option', { value: v, text })));
}

/** Server, project and issue type selects, each loaded from the endpoints as the one before changes. */
function issueTarget(ctx: ViewContext, jira: JiraApi, box: HTMLElement) {
  const { t } = ctx;
  const server = h('select', { class: 'jm-select', name: 'serverId' });
  const project = h('select', { class: 'jm-select', name: 'projectKey' });
  const type = h('select', { class: 'jm-select', name: 'issueTypeId' });
  const fail = (e: unknown) => showError(box, ctx, jiraError(e));
  const loadTypes = () => {
    options(type, []);
    if (!server.value || !project.value) return Promise.resolve();
    return jira.issueTypes(server.value, project.value)
      .then((types) => options(type, types.filter((x) => !x.subtask).map((x) => [x.id, x.name])), fail);
  };
  const loadProjects = () => {
    options(project, []);
    if (!server.value) return Promise.resolve();
    return jira.projects(server.value).then((ps) => {
      options(project, ps.map((p) => [p.key, `${p.name} (${p.key})`]));
      return loadTypes();
    }, fail);
  };
  server.addEventListener('change', () => void loadProjects());
  project.addEventListener('change', () => void loadTypes());
  const ready = jira.servers().then((s) => {
    if (!s.configured || s.servers.length === 0) {
      showError(box, ctx, { ...jiraError(null), status: 503, message: s.message ?? t('jira.not-configured') });
      return;
    }
    options(server, s.servers.map((x) => [x.id, x.name]));
    return loadProjects();
  }, fail);
  return {
    rows: [formRow(t('jira.server'), server), formRow(t('jira.project'), project), formRow(t('jira.issue-type'), type)],
    ready,
    value: () => ({ serverId: server.value, projectKey: project.value, issueTypeId: type.value }),
  };
}

/** Runs an async dialog action: disables the buttons meanwhile, closes on success, shows errors. */
function submit(handle: () => DialogHandle, ctx: ViewContext, box: HTMLElement, work: () => Promise<unknown>): false {
  const buttons = Array.from(handle().element.querySelectorAll<HTMLButtonElement>('.jm-dialog-footer button'));
  buttons.forEach((b) => { b.disabled = true; });
  box.hidden = true;
  work().then(() => {
    handle().close();
    afterChange(ctx, true);
  }, (e) => {
    buttons.forEach((b) => { b.disabled = false; });
    showError(box, ctx, jiraError(e));
  });
  return false;
}

export function openCreateIssueDialog(ctx: ViewContext, card: Card): DialogHandle | null {
  const jira = ctx.api.jira;
  if (!jira || !ctx.canEdit) return null;
  const { t } = ctx;
  const box = errorBox();
  const target = issueTarget(ctx, jira, box);
  const summary = h('input', { type: 'text', class: 'jm-input', name: 'summary', dir: 'auto' });
  const description = h('textarea', { class: 'jm-textarea', name: 'description', dir: 'auto', rows: 6 });
  jira.draft(ctx.store.map.id, card.id).then((d) => {
    if (summary.value === '') summary.value = d.summary ?? '';
    if (description.value === '') description.value = d.description ?? '';
  }, (e) => showError(box, ctx, jiraError(e)));
  let handle: DialogHandle | null = null;
  handle = openDialog(ctx.root, {
    title: t('jira.create'), closeLabel: t('close'),
    body: [box, ...target.rows, formRow(t('jira.summary'), summary), formRow(t('jira.description'), description)],
    actions: [
      { label: t('jira.create-action'), primary: true, run: () => submit(() => handle!, ctx, box,
        () => jira.create(ctx.store.map.id, card.id, { ...target.value(), summary: summary.value, description: description.value })) },
      { label: t('cancel'), run: () => true },
    ],
  });
  handle.element.dataset.jiraDialog = 'create';
  return handle;
}

export function openLinkIssueDialog(ctx: ViewContext, card: Card): DialogHandle | null {
  const jira = ctx.api.jira;
  if (!jira || !ctx.canEdit) return null;
  const { t } = ctx;
  const box = errorBox();
  const key = h('input', { type: 'text', class: 'jm-input', name: 'issueKey', dir: 'ltr', placeholder: 'ABC-123' });
  let handle: DialogHandle | null = null;
  handle = openDialog(ctx.root, {
    title: t('jira.link'), closeLabel: t('close'), size: 'small',
    body: [box, formRow(t('jira.issue-key'), key)],
    actions: [
      { label: t('jira.link-action'), primary: true, run: () => {
        const issueKey = key.value.trim().toUpperCase();
        if (!/^[A-Z][A-Z0-9_]*-\d+$/.test(issueKey)) {
          showError(box, ctx, { ...jiraError(null), status: 400, message: t('jira.invalid-key'), errors: [{ field: 'issueKey', reason: t('jira.invalid-key') }] });
          key.focus();
          return false;
        }
        return submit(() => handle!, ctx, box, () => jira.link(ctx.store.map.id, card.id, issueKey));
      } },
      { label: t('cancel'), run: () => true },
    ],
  });
  handle.element.dataset.jiraDialog = 'link';
  return handle;
}

export function unlinkIssue(ctx: ViewContext, card: Card, link: JiraLinkData): void {
  const jira = ctx.api.jira;
  if (!jira || !ctx.canEdit) return;
  jira.unlink(ctx.store.map.id, card.id, link.issueKey).then(() => {
    ctx.announce(ctx.t('jira.unlinked', link.issueKey));
    afterChange(ctx);
  }, (e) => ctx.flag(jiraError(e).message));
}

/** Pain point cards without a link, in one stage or the whole map. */
export function unlinkedPainPoints(ctx: ViewContext, stageId?: string): Card[] {
  const map = ctx.store.map;
  const lanes = new Set(map.lanes.filter((l) => l.type === 'PAIN_POINTS').map((l) => l.id));
  const steps = stageId === undefined ? null : new Set(map.stages.find((s) => s.id === stageId)?.steps.map((s) => s.id) ?? []);
  return map.cards.filter((c) => lanes.has(c.laneId) && (c.jiraLinks ?? []).length === 0 && (steps === null || steps.has(c.stepId)));
}

export function openBulkCreateDialog(ctx: ViewContext, stageId?: string): DialogHandle | null {
  const jira = ctx.api.jira;
  if (!jira || !ctx.canEdit) return null;
  const { t } = ctx;
  const box = errorBox();
  const target = issueTarget(ctx, jira, box);
  const cards = unlinkedPainPoints(ctx, stageId);
  const results = h('ul', { class: 'jm-bulk-results', 'aria-live': 'polite' });
  const textOf = (id: string) => String(ctx.store.map.cards.find((c) => c.id === id)?.fields.text ?? id);
  let handle: DialogHandle | null = null;
  handle = openDialog(ctx.root, {
    title: t('jira.bulk-create'), closeLabel: t('close'),
    body: [box, h('p', { text: t('jira.bulk-count', cards.length) }), ...target.rows, results],
    actions: [
      { label: t('jira.create-action'), primary: true, run: () => {
        const buttons = handle!.element.querySelectorAll<HTMLButtonElement>('.jm-dialog-footer button');
        buttons[0].disabled = true;
        box.hidden = true;
        jira.bulkCreate(ctx.store.map.id, { ...target.value(), ...(stageId ? { stageId } : {}) }).then((outcome) => {
          results.replaceChildren(...outcome.results.map((r) => h('li', { 'data-card-id': r.cardId, 'data-outcome': r.outcome, dir: 'auto',
            text: `${textOf(r.cardId)}: ${r.issueKey ?? ''} ${r.issueKey ? '' : r.message ?? r.outcome}`.trim() })));
          afterChange(ctx, true);
        }, (e) => {
          buttons[0].disabled = false;
          showError(box, ctx, jiraError(e));
        });
        return false;
      } },
      { label: t('close'), run: () => true },
    ],
  });
  handle.element.dataset.jiraDialog = 'bulk';
  return handle;
}

/** Asks the server once to refresh statuses older than its maximum age; never blocks the render. */
export function refreshJiraInBackground(ctx: ViewContext): void {
  const jira = ctx.api.jira;
  if (!jira || !ctx.store.map.cards.some((c) => (c.jiraLinks ?? []).length > 0)) return;
  jira.refresh(ctx.store.map.id).then((outcome) => {
    if (outcome.version > ctx.store.map.version || outcome.refreshed > 0) afterChange(ctx);
  }, () => undefined);
}
