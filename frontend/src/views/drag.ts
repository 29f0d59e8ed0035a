// Drag and drop (HTML5): cards onto cells (the drop position follows the pointer among the
// cell's cards), and stage, step and lane headers onto headers of the same kind. Drop targets are
// found from the element under the pointer, so right-to-left layouts need nothing special.
import type { ViewContext } from './context';
import { findStep, laneTakes } from './model';

type Dragged = { kind: 'card' | 'stage' | 'step' | 'lane'; id: string };
let dragged: Dragged | null = null;

/** Index among the cell's other cards for a drop at clientY (cards' vertical midpoints). */
export function dropIndex(midpoints: number[], clientY: number): number {
  const i = midpoints.findIndex((m) => clientY < m);
  return i < 0 ? midpoints.length : i;
}

function clear(table: HTMLElement): void {
  table.querySelectorAll('.jm-drop-target, .jm-is-dragging').forEach((el) => el.classList.remove('jm-drop-target', 'jm-is-dragging'));
}

export function bindDrag(ctx: ViewContext, table: HTMLElement): void {
  table.addEventListener('dragstart', (e) => {
    const el = e.target as HTMLElement;
    if (!(el instanceof HTMLElement)) return;
    const card = el.closest<HTMLElement>('[data-card-id]');
    const header = el.closest<HTMLElement>('th[draggable=true]');
    if (card && !el.closest('.jm-is-editing')) dragged = { kind: 'card', id: card.dataset.cardId! };
    else if (header?.dataset.stageId) dragged = { kind: 'stage', id: header.dataset.stageId };
    else if (header?.dataset.stepId) dragged = { kind: 'step', id: header.dataset.stepId };
    else if (header?.dataset.laneId) dragged = { kind: 'lane', id: header.dataset.laneId };
    else return;
    e.dataTransfer?.setData('text/plain', dragged.id);
    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
    (card ?? header)!.classList.add('jm-is-dragging');
  });
  table.addEventListener('dragend', () => {
    dragged = null;
    clear(table);
  });
  table.addEventListener('dragover', (e) => {
    const target = targetOf(ctx, e.target as HTMLElement);
    if (!target) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
    if (!target.classList.contains('jm-drop-target')) {
      table.querySelectorAll('.jm-drop-target').forEach((el) => el.classList.remove('jm-drop-target'));
      target.classList.add('jm-drop-target');
    }
  });
  table.addEventListener('drop', (e) => {
    const target = targetOf(ctx, e.target as HTMLElement);
    const what = dragged;
    dragged = null;
    clear(table);
    if (!target || !what) return;
    e.preventDefault();
    drop(ctx, what, target, e.clientY);
  });
}

function targetOf(ctx: ViewContext, el: HTMLElement | null): HTMLElement | null {
  if (!dragged || !el || !el.closest) return null;
  const map = ctx.store.map;
  if (dragged.kind === 'card') {
    const cell = el.closest<HTMLElement>('td[data-lane-id][data-step-id]');
    const lane = map.lanes.find((l) => l.id === cell?.dataset.laneId);
    const card = map.cards.find((c) => c.id === dragged!.id);
    return cell && lane && card && laneTakes(lane, card) ? cell : null;
  }
  const attr = dragged.kind === 'stage' ? 'data-stage-id' : dragged.kind === 'step' ? 'data-step-id' : 'data-lane-id';
  const header = el.closest<HTMLElement>(`th[${attr}]`);
  return header && header.getAttribute(attr) !== dragged.id ? header : null;
}

function drop(ctx: ViewContext, what: Dragged, target: HTMLElement, clientY: number): void {
  const map = ctx.store.map;
  const { cmds } = ctx;
  if (what.kind === 'card') {
    const laneId = target.dataset.laneId!;
    const stepId = target.dataset.stepId!;
    const others = Array.from(target.querySelectorAll<HTMLElement>('[data-card-id]')).filter((c) => c.dataset.cardId !== what.id);
    const index = dropIndex(others.map((c) => { const r = c.getBoundingClientRect(); return r.top + r.height / 2; }), clientY);
    const card = map.cards.find((c) => c.id === what.id);
    if (!card) return;
    const same = map.cards.filter((c) => c.laneId === laneId && c.stepId === stepId);
    if (card.laneId === laneId && card.stepId === stepId && same.findIndex((c) => c.id === card.id) === index) return;
    ctx.run(cmds.moveCard(map, what.id, laneId, stepId, index));
    ctx.announce(ctx.t('card-moved'));
  } else if (what.kind === 'stage') {
    const to = map.stages.findIndex((s) => s.id === target.dataset.stageId);
    if (to >= 0) ctx.run(cmds.moveStage(map, what.id, to));
  } else if (what.kind === 'step') {
    const where = findStep(map, target.dataset.stepId!);
    if (where) ctx.run(cmds.moveStep(map, what.id, where.stage.id, where.index));
  } else {
    const to = map.lanes.findIndex((l) => l.id === target.dataset.laneId);
    if (to >= 0) ctx.run(cmds.moveLane(map, what.id, to));
  }
}
