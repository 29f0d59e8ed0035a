// Conflicts the server reported: both values side by side, the user keeps theirs or mine.
import type { ConflictView } from '../editor/contract';
import type { ViewContext } from './context';
import { openDialog, type DialogHandle } from './dialog';
import { h } from './h';

function show(value: unknown, deleted: string): string {
  if (value === null || value === undefined) return deleted;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function describe(ctx: ViewContext, c: ConflictView): string {
  const map = ctx.store.map;
  const e = c.element;
  const name = e.type === 'card' ? map.cards.find((x) => x.id === e.id)?.fields.text
    : e.type === 'stage' ? map.stages.find((x) => x.id === e.id)?.name
      : e.type === 'lane' ? map.lanes.find((x) => x.id === e.id)?.name
        : e.type === 'step' ? map.stages.flatMap((s) => s.steps).find((x) => x.id === e.id)?.name : map.title;
  return `${e.type}${name ? `: ${String(name).slice(0, 60)}` : ''}${c.field ? ` · ${c.field}` : ''}`;
}

// One dialog per editor (several maps can share a page).
const openDialogs = new WeakMap<ViewContext, DialogHandle>();

/** Opens (or refreshes) the conflict dialog while the store has conflicts; closes it when none are left. */
export function syncConflictDialog(ctx: ViewContext): void {
  const conflicts = ctx.store.conflicts();
  openDialogs.get(ctx)?.close();
  openDialogs.delete(ctx);
  if (conflicts.length === 0) return;
  const { t } = ctx;
  const list = h('ul', { class: 'jm-conflicts' });
  for (const c of conflicts) {
    const pick = (choice: 'mine' | 'theirs') => {
      ctx.store.resolveConflict(c.id, choice);
      syncConflictDialog(ctx);
    };
    const keepTheirs = h('button', { type: 'button', class: 'jm-button', 'data-choice': 'theirs', text: t('keep-theirs') });
    keepTheirs.addEventListener('click', () => pick('theirs'));
    const keepMine = h('button', { type: 'button', class: 'jm-button jm-button-primary', 'data-choice': 'mine', text: t('keep-mine') });
    keepMine.addEventListener('click', () => pick('mine'));
    list.appendChild(h('li', { class: 'jm-conflict', 'data-conflict-id': c.id },
      h('p', { class: 'jm-conflict-what', dir: 'auto', text: describe(ctx, c) }),
      h('dl', { class: 'jm-conflict-values' },
        h('dt', { text: t('theirs') }), h('dd', { class: 'jm-theirs', dir: 'auto', text: show(c.theirs, t('deleted')) }),
        h('dt', { text: t('yours') }), h('dd', { class: 'jm-yours', dir: 'auto', text: show(c.yours, t('deleted')) })),
      h('div', { class: 'jm-conflict-actions' }, keepTheirs, keepMine)));
  }
  const handle = openDialog(ctx.root, {
    title: t('conflict-title'), body: [h('p', { text: t('conflict-intro') }), list], closeLabel: t('close'), actions: [],
    onClose: () => { if (openDialogs.get(ctx) === handle) openDialogs.delete(ctx); },
  });
  openDialogs.set(ctx, handle);
}
