// Keyboard in the grid. Cells use a roving tabindex: arrow keys move between cells (left/right
// follow what the user sees, so they mirror in right-to-left maps), Enter goes into the cell.
// On a card: Up/Down between cards, Enter edits its text, Delete removes it, Escape goes back to
// the cell, Alt+arrows move the card to the neighbouring cell (or up/down within its cell).
import type { Card } from '../editor/contract';
import { mapDir, type ViewContext } from './context';
import { editCardText } from './grid';
import { laneTakes } from './model';

function cellsOf(table: HTMLElement): HTMLElement[][] {
  return Array.from(table.querySelectorAll('tbody tr')).map((r) => Array.from(r.querySelectorAll<HTMLElement>('td[data-step-id]')));
}

/** Makes `cell` the grid's one tab stop; its own buttons become reachable with Tab. */
export function activate(ctx: ViewContext, table: HTMLElement, cell: HTMLElement): void {
  const key = `${cell.dataset.laneId}|${cell.dataset.stepId}`;
  if (ctx.state.activeCell !== key || cell.getAttribute('tabindex') !== '0') {
    table.querySelectorAll<HTMLElement>('td[tabindex="0"]').forEach((c) => {
      c.setAttribute('tabindex', '-1');
      c.querySelectorAll('button').forEach((b) => b.setAttribute('tabindex', '-1'));
    });
  }
  ctx.state.activeCell = key;
  cell.setAttribute('tabindex', '0');
  cell.querySelectorAll('button').forEach((b) => b.setAttribute('tabindex', '0'));
}

export function bindKeyboard(ctx: ViewContext, table: HTMLElement): void {
  table.addEventListener('focusin', (e) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('td[data-step-id]');
    if (cell) activate(ctx, table, cell);
  });
  table.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (target.closest('.jm-is-editing, .jm-menu, [role=slider]') && !(target.matches('[role=slider]') && (e.key === 'ArrowLeft' || e.key === 'ArrowRight' || e.key === 'Escape'))) return;
    const cell = target.closest<HTMLElement>('td[data-step-id]');
    if (!cell) return;
    const rtl = mapDir(ctx) === 'rtl';
    const cardEl = target.matches('[data-card-id]') ? target : null;
    if (cardEl && handleCardKey(ctx, e, cardEl, cell, rtl)) {
      e.preventDefault();
      return;
    }
    if (target.matches('[role=slider]')) {
      if (e.key === 'Escape') {
        e.preventDefault();
        cell.focus();
      } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        e.preventDefault();
        const grid = cellsOf(table);
        const r = grid.findIndex((row) => row.includes(cell));
        const c = grid[r].indexOf(cell) + ((e.key === 'ArrowRight') !== rtl ? 1 : -1);
        grid[r][c]?.querySelector<HTMLElement>(`[role=slider][data-persona-id="${target.dataset.personaId}"]`)?.focus();
      }
      return;
    }
    if (target !== cell) return;
    const grid = cellsOf(table);
    const r = grid.findIndex((row) => row.includes(cell));
    const c = grid[r].indexOf(cell);
    const forward = (e.key === 'ArrowRight') !== rtl;
    let next: HTMLElement | undefined;
    switch (e.key) {
      case 'ArrowLeft': case 'ArrowRight': next = grid[r][c + (forward ? 1 : -1)]; break;
      case 'ArrowUp': next = grid[r - 1]?.[c]; break;
      case 'ArrowDown': next = grid[r + 1]?.[c]; break;
      case 'Home': next = e.ctrlKey ? grid[0][0] : grid[r][0]; break;
      case 'End': next = e.ctrlKey ? grid[grid.length - 1].at(-1) : grid[r].at(-1); break;
      case 'Enter': case 'F2':
        next = cell.querySelector<HTMLElement>('[data-card-id], [role=slider], .jm-add-card') ?? undefined;
        break;
      default: return;
    }
    e.preventDefault();
    if (next) next.focus();
  });
}

function handleCardKey(ctx: ViewContext, e: KeyboardEvent, cardEl: HTMLElement, cell: HTMLElement, rtl: boolean): boolean {
  const siblings = Array.from(cell.querySelectorAll<HTMLElement>('[data-card-id]'));
  const i = siblings.indexOf(cardEl);
  const card = ctx.store.map.cards.find((c) => c.id === cardEl.dataset.cardId);
  if (!card) return false;
  if (e.altKey && e.key.startsWith('Arrow')) {
    if (!ctx.canEdit) return true;
    moveByKey(ctx, card, e.key, rtl);
    return true;
  }
  switch (e.key) {
    case 'ArrowUp': (siblings[i - 1] ?? cell).focus(); return true;
    case 'ArrowDown': siblings[i + 1]?.focus(); return true;
    case 'Escape': cell.focus(); return true;
    case 'Enter': case 'F2':
      if (ctx.canEdit) editCardText(ctx, card.id);
      return true;
    case 'Delete':
      if (ctx.canEdit) {
        (siblings[i + 1] ?? siblings[i - 1] ?? cell).focus();
        ctx.run(ctx.cmds.deleteCard(ctx.store.map, card.id));
      }
      return true;
    default: return false;
  }
}

/**
 * Alt+Left/Right: to the neighbouring visible step as seen on screen (mirrored in RTL), at the end
 * of that cell. Alt+Up/Down: one place up/down in the cell, past its ends into the nearest lane
 * above/below that takes the card.
 */
export function moveByKey(ctx: ViewContext, card: Card, key: string, rtl: boolean): void {
  const map = ctx.store.map;
  const table = ctx.root.querySelector<HTMLElement>('[role=grid]');
  if (!table) return;
  const stepIds = Array.from(table.querySelectorAll<HTMLElement>('thead [data-step-id]')).map((s) => s.dataset.stepId!);
  const laneIds = Array.from(table.querySelectorAll<HTMLElement>('tbody [data-lane-id][role=rowheader]')).map((l) => l.dataset.laneId!);
  const inCell = (laneId: string, stepId: string) => map.cards.filter((c) => c.laneId === laneId && c.stepId === stepId && c.id !== card.id);
  const pos = map.cards.filter((c) => c.laneId === card.laneId && c.stepId === card.stepId).findIndex((c) => c.id === card.id);
  let laneId = card.laneId;
  let stepId = card.stepId;
  let index: number;
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const delta = (key === 'ArrowRight') !== rtl ? 1 : -1;
    stepId = stepIds[stepIds.indexOf(card.stepId) + delta];
    if (!stepId) return;
    index = inCell(laneId, stepId).length;
  } else {
    const down = key === 'ArrowDown';
    const others = inCell(laneId, stepId);
    if (down ? pos < others.length : pos > 0) {
      index = pos + (down ? 1 : -1);
    } else {
      const li = laneIds.indexOf(card.laneId);
      const ids = down ? laneIds.slice(li + 1) : laneIds.slice(0, li).reverse();
      const target = ids.map((id) => map.lanes.find((l) => l.id === id)!).find((l) => laneTakes(l, card));
      if (!target) return;
      laneId = target.id;
      index = down ? 0 : inCell(laneId, stepId).length;
    }
  }
  ctx.run(ctx.cmds.moveCard(map, card.id, laneId, stepId, index));
  ctx.state.activeCell = `${laneId}|${stepId}`;
  ctx.announce(ctx.t('card-moved'));
}
