// A revision's map drawn with the reader's grid (no edit controls), and what a comparison adds to
// it: added and changed stages, steps, lanes and cards marked with a class and a text marker (never
// colour alone), the counts, and a list of what was removed (named from the older map).
import type { ChangeSet, Comparison } from '../api/history';
import type { EditorStore, MapData } from '../editor/contract';
import type { MessageKey, Translate } from '../messages';
import { newViewState, type ViewContext } from './context';
import { renderGrid } from './grid';
import { h } from './h';
import { cardText } from './model';

/** A store that only holds a map: nothing executes, nothing saves, nothing polls. */
function frozenStore(map: MapData): EditorStore {
  const nothing = () => undefined;
  return {
    map, canEdit: false, subscribe: () => nothing, execute: nothing, undo: nothing, redo: nothing,
    canUndo: () => false, canRedo: () => false, saveState: () => 'saved', conflicts: () => [], resolveConflict: nothing, dispose: nothing,
  };
}

/** The map as a reader sees it, labelled (e.g. "Version 12 — preview"). */
export function readOnlyGrid(ctx: ViewContext, map: MapData, label: string): HTMLElement {
  const view: ViewContext = {
    ...ctx, store: frozenStore(map), canEdit: false, state: newViewState(), run: () => undefined, refresh: () => undefined,
  };
  const grid = renderGrid(view);
  grid.querySelector('[role=grid]')?.setAttribute('aria-label', label);
  grid.classList.add('jm-history-grid');
  return grid;
}

export type ElementKind = 'stages' | 'steps' | 'lanes' | 'cards';
export const ELEMENT_KINDS: ElementKind[] = ['stages', 'steps', 'lanes', 'cards'];

/** Where each kind of element is in the grid, and the data attribute that holds its id. */
const LOCATORS: Record<ElementKind, [string, string]> = {
  stages: ['th[data-stage-id]', 'stageId'],
  steps: ['th[data-step-id]', 'stepId'],
  lanes: ['th[data-lane-id]', 'laneId'],
  cards: ['[data-card-id]', 'cardId'],
};

const GLYPH = { added: '+', changed: '±', removed: '−' } as const;

function marker(what: keyof typeof GLYPH, t: Translate): HTMLElement {
  return h('span', { class: `jm-diff-marker jm-diff-marker-${what}` },
    h('span', { 'aria-hidden': 'true', text: `${GLYPH[what]} ` }), t(`history.${what}` as MessageKey), ' ');
}

function set(changes: ChangeSet | undefined, key: keyof ChangeSet): Set<string> {
  return new Set(changes?.[key] ?? []);
}

/** Marks added and changed elements of the "to" map in its rendered grid. */
export function markChanges(grid: HTMLElement, cmp: Comparison, t: Translate): void {
  for (const kind of ELEMENT_KINDS) {
    const added = set(cmp[kind], 'added');
    const changed = set(cmp[kind], 'changed');
    const [selector, key] = LOCATORS[kind];
    grid.querySelectorAll<HTMLElement>(selector).forEach((el) => {
      const id = el.dataset[key] ?? '';
      const what = added.has(id) ? 'added' : changed.has(id) ? 'changed' : null;
      if (what === null) return;
      el.classList.add('jm-diff', `jm-diff-${what}`);
      el.dataset.diff = what;
      el.prepend(marker(what, t));
    });
  }
}

/** The name an element had in the older map (cards: their text). */
function nameIn(map: MapData, kind: ElementKind, id: string, t: Translate): string {
  switch (kind) {
    case 'stages': return map.stages.find((s) => s.id === id)?.name ?? id;
    case 'steps': return map.stages.flatMap((s) => s.steps).find((s) => s.id === id)?.name ?? id;
    case 'lanes': return map.lanes.find((l) => l.id === id)?.name ?? id;
    default: {
      const card = map.cards.find((c) => c.id === id);
      const text = card ? cardText(card) : id;
      return text === '' ? t('empty-card') : text.length > 120 ? `${text.slice(0, 119)}…` : text;
    }
  }
}

/** Counts per kind of element, then the removed elements by name. */
export function changeSummary(cmp: Comparison, t: Translate): HTMLElement {
  const rows = ELEMENT_KINDS.map((kind) => {
    const c = cmp[kind];
    const [a, ch, r] = [c?.added.length ?? 0, c?.changed.length ?? 0, c?.removed.length ?? 0];
    return h('li', { 'data-kind': kind, 'data-added': a, 'data-changed': ch, 'data-removed': r },
      h('strong', { text: `${t(`history.${kind}` as MessageKey)}: ` }), t('history.counts', a, ch, r));
  });
  const removed = ELEMENT_KINDS.flatMap((kind) => (cmp[kind]?.removed ?? []).map((id) =>
    h('li', { class: 'jm-diff jm-diff-removed', 'data-kind': kind, 'data-id': id },
      marker('removed', t), h('span', { class: 'jm-diff-kind', text: `${t(`history.${kind.slice(0, -1)}` as MessageKey)}: ` }),
      h('span', { dir: 'auto', text: nameIn(cmp.fromMap, kind, id, t) }))));
  const total = ELEMENT_KINDS.reduce((n, k) => n + (cmp[k]?.added.length ?? 0) + (cmp[k]?.changed.length ?? 0) + (cmp[k]?.removed.length ?? 0), 0);
  return h('div', { class: 'jm-diff-summary' },
    total === 0 ? h('p', { class: 'jm-diff-none', text: t('history.no-changes') }) : null,
    h('ul', { class: 'jm-diff-counts' }, ...rows),
    removed.length > 0 ? h('h4', { class: 'jm-dialog-subtitle', text: t('history.removed-title', removed.length) }) : null,
    removed.length > 0 ? h('ul', { class: 'jm-diff-removed-list' }, ...removed) : null);
}
