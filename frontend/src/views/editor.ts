// The live editor of one map: title, toolbar, filters, then the grid or the table. It re-renders
// from the store on every change and puts focus back on the element that had it (data-key).
import type { Commands, EditorStore } from '../editor/contract';
import { messagesFor, uiDirection } from '../messages';
import type { MapCommentsData } from '../api/comments';
import { patchCommentControls } from './comments/badges';
import { createCommentsUi } from './comments/ui';
import { syncConflictDialog } from './conflictDialog';
import { newViewState, type ViewApi, type ViewContext } from './context';
import { renderFilters } from './filters';
import { showFlag } from './flags';
import { renderGrid } from './grid';
import { refreshJiraInBackground } from './jiraDialogs';
import { h } from './h';
import { renderTable } from './tableView';
import { renderToolbar } from './toolbar';

export interface EditorView { element: HTMLElement; dispose(): void }

/** The editor the user last focused or clicked: page-level Ctrl+Z goes to it. */
let lastUsed: HTMLElement | null = null;

export function createEditorView(store: EditorStore, cmds: Commands, opts: { uiLanguage: string; api: ViewApi; comments?: MapCommentsData | null }): EditorView {
  const t = messagesFor(opts.uiLanguage);
  const root = h('div', { class: 'jm-editor', lang: opts.uiLanguage, dir: uiDirection(opts.uiLanguage) });
  const live = h('div', { class: 'jm-visually-hidden', 'aria-live': 'polite' });
  const header = h('div', { class: 'jm-header' });
  const filtersSlot = h('div', { class: 'jm-filters-slot' });
  const body = h('div', { class: 'jm-body' });
  const workspace = h('div', { class: 'jm-workspace' }, body);
  const ctx: ViewContext = {
    store, cmds, t, canEdit: store.canEdit, api: opts.api, state: newViewState(), root,
    run: (command) => store.execute(command),
    refresh: () => render(),
    announce: (text) => { live.textContent = text; },
    flag: (text) => { showFlag(root, text, t('dismiss')); },
  };
  const toolbar = renderToolbar(ctx, (mode) => { ctx.state.mode = mode; render(); }, () => { ctx.state.filtersOpen = !ctx.state.filtersOpen; render(); });
  root.append(header, toolbar.element, filtersSlot, workspace, live);
  // Comments: loaded with the map when mounted; later changes patch the badges in place.
  ctx.comments = createCommentsUi(ctx, opts.uiLanguage, () => patchCommentControls(ctx), opts.comments ?? null) ?? undefined;
  if (ctx.comments) {
    toolbar.element.appendChild(ctx.comments.toolbarItems());
    workspace.appendChild(ctx.comments.panel);
  }

  function renderHeader(): void {
    const map = store.map;
    const meta = [map.journeyType ? t(`view.journey-type.${map.journeyType}` as never) : '', map.state ? t(`view.state.${map.state}` as never) : '']
      .filter((s) => s !== '' && !s.startsWith('view.')).join(' · ');
    header.replaceChildren(
      h('h2', { class: 'jm-title', dir: 'auto', text: map.title }),
      meta ? h('p', { class: 'jm-meta', text: meta }) : null as unknown as Node,
      map.goal ? h('p', { class: 'jm-goal' }, h('strong', { text: `${t('view.goal')}: ` }), h('span', { dir: 'auto', text: map.goal })) : null as unknown as Node,
    );
  }

  let heldBack = false;
  root.addEventListener('jm-edit-done', () => {
    if (heldBack) render();
  });

  function render(): void {
    heldBack = body.querySelector('.jm-is-editing') !== null;
    if (heldBack) {
      toolbar.update();
      return;
    }
    const focused = root.ownerDocument.activeElement as HTMLElement | null;
    const key = focused && root.contains(focused) ? focused.closest<HTMLElement>('[data-key]')?.dataset.key : undefined;
    const selection = focused instanceof HTMLInputElement ? [focused.selectionStart, focused.selectionEnd] : null;
    renderHeader();
    filtersSlot.replaceChildren(...(ctx.state.filtersOpen ? [renderFilters(ctx, store.map)] : []));
    body.replaceChildren(ctx.state.mode === 'map' ? renderGrid(ctx) : renderTable(ctx));
    root.classList.toggle('jm-is-rtl-map', store.map.direction === 'RTL');
    toolbar.update();
    if (key) {
      const again = body.querySelector<HTMLElement>(`[data-key="${key.replace(/["\\]/g, "\\$&")}"]`);
      if (again) {
        again.focus();
        if (selection && again instanceof HTMLInputElement) again.setSelectionRange(selection[0], selection[1]);
      }
    }
    const pending = ctx.state.afterRender.splice(0);
    pending.forEach((fn) => fn());
  }

  const unsubscribe = store.subscribe((change) => {
    if (change.kind === 'map') render();
    else if (change.kind === 'save') toolbar.update();
    else syncConflictDialog(ctx);
  });
  const undoKeys = (e: KeyboardEvent) => {
    if (!ctx.canEdit || !(e.ctrlKey || e.metaKey) || e.altKey) return;
    const target = e.target as HTMLElement;
    if (target.matches('input, textarea, select, [contenteditable=true]')) return;
    const k = e.key.toLowerCase();
    if (k === 'z' || k === 'y') {
      e.preventDefault();
      if (k === 'y' || e.shiftKey) store.redo();
      else store.undo();
    }
  };
  root.addEventListener('keydown', undoKeys);
  // Committing an in-place edit removes its field, so focus falls back to the page body: Ctrl+Z
  // there still belongs to the map the user worked on last (of the maps on the page).
  const doc = root.ownerDocument;
  const claim = () => { lastUsed = root; };
  root.addEventListener('focusin', claim);
  root.addEventListener('pointerdown', claim);
  const pageKeys = (e: KeyboardEvent) => {
    if (lastUsed === root && (e.target === doc.body || e.target === doc.documentElement)) undoKeys(e);
  };
  doc.addEventListener('keydown', pageKeys);
  render();
  if (store.conflicts().length > 0) syncConflictDialog(ctx);
  refreshJiraInBackground(ctx);
  return {
    element: root,
    dispose: () => {
      doc.removeEventListener('keydown', pageKeys);
      if (lastUsed === root) lastUsed = null;
      unsubscribe();
      ctx.comments?.dispose();
      store.dispose();
    },
  };
}
