// The map view: a role=grid table. Stage header row (colspan over its steps), step header row,
// then one row per lane with a row header and one gridcell per step.
import type { Card, Lane, MapData } from '../editor/contract';
import { openCardDialog } from './cardDialog';
import { cardActions, renderCard } from './cards';
import { mapDir, type ViewContext } from './context';
import { bindDrag } from './drag';
import { bindEmotion, emotionLines, renderEmotionCell } from './emotion';
import { cardPasses, lanePasses } from './filters';
import { h, uid } from './h';
import { laneHeader, stageHeader, stepHeader } from './headers';
import { editInline } from './inlineEdit';
import { bindKeyboard } from './keyboard';
import { cardText, columns, type Column } from './model';

const LANE_WIDTH = 180;
const STEP_WIDTH = 200;

export function shownLanes(ctx: ViewContext, map: MapData): Lane[] {
  return map.lanes.filter((l) => (ctx.canEdit || !l.hidden) && lanePasses(l, ctx.state.filters));
}

export function renderGrid(ctx: ViewContext): HTMLElement {
  const map = ctx.store.map;
  const { t } = ctx;
  const cols = columns(map, ctx.canEdit);
  const lanes = shownLanes(ctx, map);
  const helpId = uid('jm-grid-help');
  const width = LANE_WIDTH + cols.length * STEP_WIDTH;
  const table = h('table', { class: 'jm-grid jm-live-grid', role: 'grid', 'aria-label': t('journey-map'), 'aria-describedby': helpId,
    dir: mapDir(ctx), style: `inline-size: ${width}px` });
  const colgroup = h('colgroup', {}, h('col', { style: `inline-size: ${LANE_WIDTH}px` }));
  cols.forEach(() => colgroup.appendChild(h('col', { style: `inline-size: ${STEP_WIDTH}px` })));
  table.appendChild(colgroup);

  const stageRow = h('tr', { class: 'jm-stage-row' }, h('td', { class: 'jm-corner', rowspan: 2, role: 'gridcell', text: `${t('view.lane')} / ${t('view.stage')}` }));
  let i = 0;
  while (i < cols.length) {
    const stage = cols[i].stage;
    let span = 0;
    while (i + span < cols.length && cols[i + span].stage === stage) span += 1;
    stageRow.appendChild(stageHeader(ctx, stage, span));
    i += span;
  }
  const stepRow = h('tr', { class: 'jm-step-row' }, ...cols.map((c) => stepHeader(ctx, c.step)));
  table.appendChild(h('thead', {}, stageRow, stepRow));

  const body = h('tbody');
  const actions = cardActions(ctx, {
    edit: (card) => openCardDialog(ctx, card),
    toggleMoment: (card) => ctx.run(ctx.cmds.updateCard(ctx.store.map, card.id, { momentThatMatters: !card.fields.momentThatMatters })),
    duplicate: (card) => ctx.run(ctx.cmds.duplicateCard(ctx.store.map, card.id)),
    remove: (card) => ctx.run(ctx.cmds.deleteCard(ctx.store.map, card.id)),
  });
  const byCell = new Map<string, Card[]>();
  for (const card of map.cards) {
    if (!cardPasses(card, ctx.state.filters)) continue;
    const key = `${card.laneId}|${card.stepId}`;
    const list = byCell.get(key);
    if (list) list.push(card);
    else byCell.set(key, [card]);
  }
  const lines = emotionLines(ctx, map);
  for (const lane of lanes) {
    const row = h('tr', { class: `jm-lane jm-lane-${lane.type.toLowerCase()}${lane.hidden ? ' jm-is-hidden' : ''}` }, laneHeader(ctx, lane));
    cols.forEach((col, ci) => {
      const cell = gridCell(ctx, lane, col);
      if (lane.type === 'EMOTION') renderEmotionCell(ctx, cell, cols, ci, lines);
      else {
        for (const card of byCell.get(`${lane.id}|${col.step.id}`) ?? []) cell.appendChild(renderCard(ctx, card, lane, actions));
        if (ctx.canEdit) cell.appendChild(addCardButton(ctx, lane, col));
      }
      row.appendChild(cell);
    });
    body.appendChild(row);
  }
  table.appendChild(body);
  if (ctx.canEdit) table.addEventListener('click', (e) => {
    const text = (e.target as HTMLElement).closest<HTMLElement>('[data-field=text]');
    const id = text?.closest<HTMLElement>('[data-card-id]')?.dataset.cardId;
    if (text && id) editCardText(ctx, id);
  });
  bindKeyboard(ctx, table);
  bindEmotion(ctx, table);
  if (ctx.canEdit) bindDrag(ctx, table);
  const active = ctx.state.activeCell;
  const first = (active && table.querySelector<HTMLElement>(`[data-key="cell:${active}"]`)) || table.querySelector<HTMLElement>('td[data-step-id]');
  first?.setAttribute('tabindex', '0');
  return h('div', { class: 'jm-scroll' }, h('p', { id: helpId, class: 'jm-visually-hidden', text: t('grid-help') }), table);
}

function gridCell(_ctx: ViewContext, lane: Lane, col: Column): HTMLElement {
  const hidden = lane.hidden || col.step.hidden || col.stage.hidden;
  return h('td', {
    role: 'gridcell', class: `jm-cell${hidden ? ' jm-is-hidden' : ''}`, tabindex: -1,
    'data-lane-id': lane.id, 'data-step-id': col.step.id, 'data-key': `cell:${lane.id}|${col.step.id}`,
  });
}

function addCardButton(ctx: ViewContext, lane: Lane, col: Column): HTMLElement {
  const b = h('button', { type: 'button', class: 'jm-button jm-add-card', tabindex: -1, 'aria-label': ctx.t('add-card'), title: ctx.t('add-card') },
    h('span', { 'aria-hidden': 'true', text: '+ ' }), h('span', { class: 'jm-add-card-text', text: ctx.t('add-card') }));
  b.addEventListener('click', () => addCard(ctx, lane.id, col.step.id));
  return b;
}

export function addCard(ctx: ViewContext, laneId: string, stepId: string): void {
  const map = ctx.store.map;
  const index = map.cards.filter((c) => c.laneId === laneId && c.stepId === stepId).length;
  const cmd = ctx.cmds.addCard(map, laneId, stepId, index, { text: '' });
  const op = cmd.ops.find((o) => o.type === 'addCard');
  if (op && op.type === 'addCard') ctx.state.afterRender.push(() => editCardText(ctx, op.cardId));
  ctx.run(cmd);
}

/** Edits a card's text in place: Enter saves, Shift+Enter breaks the line, Escape cancels. */
export function editCardText(ctx: ViewContext, cardId: string): void {
  const cardEl = ctx.root.querySelector<HTMLElement>(`[data-card-id="${cardId}"]`);
  const target = cardEl?.querySelector<HTMLElement>('[data-field=text]');
  const card = ctx.store.map.cards.find((c) => c.id === cardId);
  if (!target || !card || target.classList.contains('jm-is-editing')) return;
  editInline(target, cardText(card), {
    label: ctx.t('text'), multiline: true, allowEmpty: true,
    onSave: (text) => ctx.run(ctx.cmds.updateCard(ctx.store.map, cardId, { text })),
    onDone: () => {
      const again = ctx.root.querySelector<HTMLElement>(`[data-card-id="${cardId}"]`);
      if (again && !again.contains(document.activeElement)) again.focus();
    },
  });
}
