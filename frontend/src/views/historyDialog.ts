// The History dialog: the map's revisions (a listbox: arrow keys choose, Enter previews), a
// read-only preview of any revision, a comparison of two (default: the chosen one against the
// current map) and, for editors, restoring one after a confirmation. Restoring stores a new
// version on the server; the editor then shows it as a server version (not an undoable edit).
import { historyError, type HistoryApi, type Revision } from '../api/history';
import type { MessageKey } from '../messages';
import type { ViewContext } from './context';
import { openDialog, selectOf } from './dialog';
import { showFlag } from './flags';
import { h, uid } from './h';
import { changeSummary, markChanges, readOnlyGrid } from './historyMap';

export function openHistoryDialog(ctx: ViewContext): void {
  const api = ctx.api.history;
  if (!api) return;
  const { t } = ctx;
  const mapId = ctx.store.map.id;
  const lang = ctx.root.getAttribute('lang') || 'en';
  let revisions: Revision[] = [];
  let selected = -1;
  /** Each view request gets a number; answers to older ones are dropped. */
  let ticket = 0;

  const status = h('p', { class: 'jm-history-status', role: 'status', text: t('history.loading') });
  const list = h('ul', { class: 'jm-history-list', role: 'listbox', tabindex: 0, 'aria-label': t('history.versions') });
  const actions = h('div', { class: 'jm-history-actions' });
  const view = h('div', { class: 'jm-history-view' }, h('p', { class: 'jm-history-hint', text: t('history.select-hint') }));
  const handle = openDialog(ctx.root, {
    title: t('history'), size: 'wide', closeLabel: t('close'),
    body: [h('div', { class: 'jm-history' }, h('div', { class: 'jm-history-side' }, status, list), h('div', { class: 'jm-history-main' }, actions, view))],
    actions: [{ label: t('close'), run: () => undefined }],
  });

  const select = (i: number, andPreview = false) => {
    if (i < 0 || i >= revisions.length) return;
    selected = i;
    list.querySelectorAll<HTMLElement>('[role=option]').forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    const option = list.children[i] as HTMLElement;
    list.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView?.({ block: 'nearest' });
    renderActions();
    if (andPreview) void preview(revisions[i]);
  };

  list.addEventListener('keydown', (e) => {
    const moves: Record<string, number> = { ArrowDown: selected + 1, ArrowUp: selected - 1, Home: 0, End: revisions.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      select(Math.max(0, Math.min(revisions.length - 1, moves[e.key])));
    } else if ((e.key === 'Enter' || e.key === ' ') && selected >= 0) {
      e.preventDefault();
      void preview(revisions[selected]);
    }
  });
  list.addEventListener('focus', () => { if (selected < 0) select(0); });
  list.addEventListener('click', (e) => {
    const option = (e.target as HTMLElement).closest<HTMLElement>('[role=option]');
    if (option) select(Number(option.dataset.index), true);
  });

  function renderActions(): void {
    const r = revisions[selected];
    if (!r) return actions.replaceChildren();
    const versions: Array<[string, string]> = revisions.map((x) => [String(x.version), t('history.version', x.version)]);
    const current = revisions[0].version;
    const from = selectOf('from', versions, String(selected === 0 && revisions.length > 1 ? revisions[1].version : r.version));
    const to = selectOf('to', versions, String(current));
    from.id = uid('jm-history-from');
    to.id = uid('jm-history-to');
    const compareButton = button(t('history.compare'), 'compare', () => void compare(Number(from.value), Number(to.value)));
    actions.replaceChildren(
      h('div', { class: 'jm-history-buttons', role: 'group', 'aria-label': t('history.version', r.version) },
        button(t('history.preview'), 'preview', () => void preview(r)),
        ctx.canEdit && selected > 0 ? button(t('history.restore'), 'restore', () => confirmRestore(r)) : null),
      h('div', { class: 'jm-history-compare', role: 'group', 'aria-label': t('history.compare') },
        h('label', { for: from.id, text: t('history.compare-from') }), from,
        h('label', { for: to.id, text: t('history.compare-to') }), to, compareButton));
  }

  function button(label: string, action: string, run: () => void): HTMLButtonElement {
    const b = h('button', { type: 'button', class: 'jm-button', 'data-action': `history-${action}`, text: label });
    b.addEventListener('click', run);
    return b;
  }

  /** Shows a loading line, then what `load` builds (or the error), unless a newer request came. */
  async function show(load: () => Promise<Node[]>): Promise<void> {
    const mine = ++ticket;
    view.replaceChildren(h('p', { class: 'jm-history-status', role: 'status', text: t('history.loading') }));
    let nodes: Node[];
    try {
      nodes = await load();
    } catch (e) {
      nodes = [h('p', { class: 'jm-dialog-error', role: 'alert', text: failure(historyError(e).status) })];
    }
    if (mine === ticket && view.isConnected) view.replaceChildren(...nodes);
  }

  function viewHeader(title: string): HTMLElement {
    const back = h('button', { type: 'button', class: 'jm-button jm-link-button', 'data-action': 'history-back', text: t('history.back') });
    back.addEventListener('click', () => handle.close());
    return h('div', { class: 'jm-history-view-header' }, h('h3', { class: 'jm-history-view-title', text: title }), back);
  }

  function preview(r: Revision): Promise<void> {
    return show(async () => {
      const { map } = await api!.revision(mapId, r.version);
      const title = t('history.preview-title', r.version);
      return [viewHeader(title), readOnlyGrid(ctx, map, title)];
    });
  }

  function compare(fromVersion: number, toVersion: number): Promise<void> {
    return show(async () => {
      const cmp = await api!.compare(mapId, fromVersion, toVersion);
      const title = t('history.compare-title', cmp.from?.version ?? fromVersion, cmp.to?.version ?? toVersion);
      const grid = readOnlyGrid(ctx, cmp.toMap, title);
      markChanges(grid, cmp, t);
      return [viewHeader(title), changeSummary(cmp, t), grid];
    });
  }

  function confirmRestore(r: Revision): void {
    openDialog(ctx.root, {
      title: t('history.restore-confirm-title', r.version), size: 'small', closeLabel: t('close'),
      body: [h('p', { text: t('history.restore-confirm', r.version) })],
      actions: [
        { label: t('history.restore-action', r.version), primary: true, run: () => { void restore(api!, r.version); } },
        { label: t('cancel'), run: () => undefined },
      ],
    });
  }

  async function restore(history: HistoryApi, version: number): Promise<void> {
    try {
      const result = await history.restore(mapId, version);
      if (ctx.store.loadServerMap) ctx.store.loadServerMap(result.map);
      else ctx.store.reload?.();
      handle.close();
      showFlag(ctx.root, t('history.restored', version), t('dismiss'), 'success');
      ctx.announce(t('history.restored', version));
    } catch (e) {
      showFlag(ctx.root, failure(historyError(e).status), t('dismiss'));
    }
  }

  function failure(status: number): string {
    return status === 403 ? t('history.refused') : status === 404 ? t('history.not-found') : t('request-failed');
  }

  api.list(mapId).then((body) => {
    revisions = body.revisions ?? [];
    status.textContent = revisions.length === 0 ? t('history.empty') : t('history.count', revisions.length);
    status.classList.toggle('jm-visually-hidden', revisions.length > 0);
    list.replaceChildren(...revisions.map((r, i) => option(r, i)));
    select(0);
  }, () => {
    status.textContent = t('history.load-failed');
    status.setAttribute('role', 'alert');
  });

  function option(r: Revision, i: number): HTMLElement {
    const author = r.authorName || r.author || t('history.unknown-author');
    const when = new Date(r.created ?? NaN);
    const valid = !Number.isNaN(when.getTime());
    const absolute = valid ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(when) : '';
    return h('li', { role: 'option', id: uid('jm-revision'), class: `jm-history-item jm-history-kind-${String(r.kind).toLowerCase()}`,
      'aria-selected': 'false', 'data-index': i, 'data-version': r.version },
      h('span', { class: 'jm-history-item-head' },
        h('span', { class: 'jm-history-version', text: t('history.version', r.version) }),
        i === 0 ? h('span', { class: 'jm-history-current', text: t('history.current') }) : null,
        h('span', { class: 'jm-history-kind', text: kindLabel(r.kind) })),
      h('span', { class: 'jm-history-summary', dir: 'auto', text: r.summary }),
      h('span', { class: 'jm-history-meta' },
        h('span', { class: 'jm-history-author', dir: 'auto', text: author }), valid ? ' · ' : null,
        valid ? h('time', { datetime: r.created, title: absolute, text: relative(when, lang) }) : null,
        valid ? h('span', { class: 'jm-history-absolute', text: ` (${absolute})` }) : null));
  }

  function kindLabel(kind: string): string {
    const key = `history.kind.${kind}` as MessageKey;
    const label = t(key);
    return label === key ? kind : label;
  }
}

/** "5 minutes ago", "yesterday"… in the UI language. */
export function relative(when: Date, lang: string, now: number = Date.now()): string {
  const seconds = Math.round((when.getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [['year', 31_536_000], ['month', 2_592_000], ['day', 86_400], ['hour', 3600], ['minute', 60]];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}
