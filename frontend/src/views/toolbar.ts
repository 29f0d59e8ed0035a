// The toolbar (role=toolbar): add stage/lane, undo/redo, settings, personas, map/table view,
// filters, history, and the save indicator. Readers get only the view switch, the filters and the
// history (which lets them look at and compare revisions, not restore them).
import type { LaneType, SaveState } from '../editor/contract';
import type { MessageKey } from '../messages';
import type { ViewContext } from './context';
import { h } from './h';
import { startRename } from './headers';
import { openBulkCreateDialog } from './jiraDialogs';
import { openHistoryDialog } from './historyDialog';
import { menuButton } from './menu';
import { LANE_TYPES } from './model';
import { openPersonaDialog } from './personaDialog';
import { openSettingsDialog } from './settingsDialog';

const SAVE_TEXT: Record<SaveState, MessageKey> = { saved: 'saved', saving: 'saving', offline: 'offline', conflict: 'conflict' };

export interface Toolbar { element: HTMLElement; update(): void }

function tool(label: string, run: () => void, action: string): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'jm-toolbar-button', 'data-action': action, text: label });
  b.addEventListener('click', run);
  return b;
}

export function addStage(ctx: ViewContext): void {
  const map = ctx.store.map;
  const cmd = ctx.cmds.addStage(map, map.stages.length, ctx.t('new-stage'), ctx.t('new-step'));
  const op = cmd.ops.find((o) => o.type === 'addStage');
  if (op && op.type === 'addStage') ctx.state.afterRender.push(() => startRename(ctx, 'stage', op.stageId));
  ctx.run(cmd);
}

export function addLane(ctx: ViewContext, type: LaneType): void {
  const map = ctx.store.map;
  const cmd = ctx.cmds.addLane(map, map.lanes.length, type, ctx.t(`lane.${type}` as MessageKey));
  const op = cmd.ops.find((o) => o.type === 'addLane');
  if (op && op.type === 'addLane') ctx.state.afterRender.push(() => startRename(ctx, 'lane', op.laneId));
  ctx.run(cmd);
}

export function renderToolbar(ctx: ViewContext, switchMode: (mode: 'map' | 'table') => void, toggleFilters: () => void): Toolbar {
  const { t, store } = ctx;
  const bar = h('div', { class: 'jm-toolbar', role: 'toolbar', 'aria-label': t('toolbar') });
  let undo: HTMLButtonElement | null = null;
  let redo: HTMLButtonElement | null = null;
  let saveState: HTMLElement | null = null;
  if (ctx.canEdit) {
    const addLaneMenu = menuButton(t('add-lane'), '', () => LANE_TYPES.map((type) => ({ label: t(`lane.${type}` as MessageKey), run: () => addLane(ctx, type) })),
      { class: 'jm-toolbar-button', 'data-action': 'add-lane' });
    const laneButton = addLaneMenu.querySelector('button')!;
    laneButton.replaceChildren(t('add-lane'));
    laneButton.removeAttribute('title');
    undo = tool(t('undo'), () => store.undo(), 'undo');
    redo = tool(t('redo'), () => store.redo(), 'redo');
    bar.append(tool(t('add-stage'), () => addStage(ctx), 'add-stage'), addLaneMenu, h('span', { class: 'jm-toolbar-sep', 'aria-hidden': 'true' }),
      undo, redo, h('span', { class: 'jm-toolbar-sep', 'aria-hidden': 'true' }),
      tool(t('map-settings'), () => openSettingsDialog(ctx), 'map-settings'), tool(t('personas'), () => openPersonaDialog(ctx), 'personas'));
    if (ctx.api.jira) bar.append(tool(t('jira.bulk-create'), () => { openBulkCreateDialog(ctx); }, 'jira-bulk-create'));
  }
  const mapView = tool(t('map-view'), () => switchMode('map'), 'map-view');
  const tableView = tool(t('table-view'), () => switchMode('table'), 'table-view');
  const filters = tool(t('filters'), toggleFilters, 'filters');
  bar.append(h('span', { class: 'jm-view-switch', role: 'group', 'aria-label': `${t('map-view')} / ${t('table-view')}` }, mapView, tableView), filters);
  if (ctx.api.history) bar.append(tool(t('history'), () => openHistoryDialog(ctx), 'history'));
  if (ctx.canEdit) {
    saveState = h('span', { class: 'jm-save-state', role: 'status', 'aria-live': 'polite' });
    bar.appendChild(saveState);
  }
  // Toolbar pattern: one tab stop, arrow keys between its buttons.
  bar.addEventListener('keydown', (e) => {
    if ((e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') || (e.target as HTMLElement).closest('.jm-menu')) return;
    const buttons = Array.from(bar.querySelectorAll<HTMLButtonElement>(':scope button:not(.jm-menu *)')).filter((b) => !b.disabled);
    const i = buttons.indexOf(e.target as HTMLButtonElement);
    if (i < 0) return;
    const rtl = getComputedStyle(bar).direction === 'rtl';
    const next = buttons[(i + ((e.key === 'ArrowRight') !== rtl ? 1 : -1) + buttons.length) % buttons.length];
    e.preventDefault();
    next.focus();
  });
  const update = () => {
    if (undo && redo) {
      undo.disabled = !store.canUndo();
      redo.disabled = !store.canRedo();
    }
    mapView.setAttribute('aria-pressed', String(ctx.state.mode === 'map'));
    tableView.setAttribute('aria-pressed', String(ctx.state.mode === 'table'));
    filters.setAttribute('aria-expanded', String(ctx.state.filtersOpen));
    if (saveState) {
      const s = store.saveState();
      saveState.textContent = t(SAVE_TEXT[s]);
      saveState.dataset.state = s;
    }
  };
  update();
  return { element: bar, update };
}
