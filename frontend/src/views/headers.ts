// Stage, step and lane headers: the name (click to rename in place for editors) and an actions
// menu: rename, add step, move, hide/show, delete. "Left"/"right" are what the user sees, so in a
// right-to-left map moving left means moving later.
import type { Lane, Stage, Step } from '../editor/contract';
import type { MessageKey } from '../messages';
import { mapDir, type ViewContext } from './context';
import { commentControls } from './comments/badges';
import { h } from './h';
import { editInline } from './inlineEdit';
import { openBulkCreateDialog } from './jiraDialogs';
import { menuButton, type MenuItem } from './menu';
import { findStep } from './model';

type Kind = 'stage' | 'step' | 'lane';

function nameEl(ctx: ViewContext, kind: Kind, id: string, name: string, hidden: boolean): HTMLElement {
  const el = h('span', { class: 'jm-header-name', dir: 'auto', 'data-field': 'name', 'data-rename': `${kind}:${id}`, text: name });
  if (ctx.canEdit) el.addEventListener('click', () => startRename(ctx, kind, id));
  return h('span', { class: 'jm-header-label' }, el, hidden ? h('span', { class: 'jm-hidden-badge', text: ctx.t('hidden') }) : null);
}

/** Starts renaming a header in place (also used right after adding a stage, step or lane). */
export function startRename(ctx: ViewContext, kind: Kind, id: string): void {
  const target = ctx.root.querySelector<HTMLElement>(`[data-rename="${kind}:${id}"]`);
  if (!target) return;
  const map = ctx.store.map;
  editInline(target, target.textContent ?? '', {
    label: ctx.t('rename'),
    onSave: (name) => {
      const c = ctx.cmds;
      ctx.run(kind === 'stage' ? c.renameStage(map, id, name) : kind === 'step' ? c.renameStep(map, id, name) : c.renameLane(map, id, name));
    },
  });
}

/** Visual "left/right" as an index step: -1 earlier, +1 later. */
function sideDelta(ctx: ViewContext, side: 'left' | 'right'): number {
  const ltr = mapDir(ctx) === 'ltr';
  return (side === 'left') === ltr ? -1 : 1;
}

export function stageHeader(ctx: ViewContext, stage: Stage, span: number): HTMLElement {
  const { t, cmds } = ctx;
  const th = h('th', { role: 'columnheader', scope: 'colgroup', colspan: span, class: `jm-stage${stage.hidden ? ' jm-is-hidden' : ''}`, 'data-stage-id': stage.id, 'data-key': `stage:${stage.id}` },
    nameEl(ctx, 'stage', stage.id, stage.name, stage.hidden), commentControls(ctx, { type: 'STAGE', id: stage.id }, stage.name, false));
  if (!ctx.canEdit) return th;
  const items = (): MenuItem[] => {
    const map = ctx.store.map;
    const i = map.stages.findIndex((s) => s.id === stage.id);
    const move = (side: 'left' | 'right'): MenuItem => {
      const to = i + sideDelta(ctx, side);
      return { label: t(`move-${side}` as MessageKey), disabled: to < 0 || to >= map.stages.length, run: () => ctx.run(cmds.moveStage(map, stage.id, to)) };
    };
    return [
      { label: t('rename'), run: () => startRename(ctx, 'stage', stage.id) },
      { label: t('add-step'), run: () => addStep(ctx, stage.id, stage.steps.length) },
      move('left'), move('right'),
      { label: stage.hidden ? t('show') : t('hide'), run: () => ctx.run(cmds.setStageHidden(map, stage.id, !stage.hidden)) },
      { label: t('delete'), disabled: map.stages.length <= 1, run: () => ctx.run(cmds.deleteStage(map, stage.id)) },
      ...(ctx.api.jira ? [{ label: t('jira.bulk-create'), run: () => { openBulkCreateDialog(ctx, stage.id); } }] : []),
    ];
  };
  th.appendChild(menuButton(t('stage-actions', stage.name), '⋯', items));
  th.draggable = true;
  return th;
}

export function addStep(ctx: ViewContext, stageId: string, index: number): void {
  const cmd = ctx.cmds.addStep(ctx.store.map, stageId, index, ctx.t('new-step'));
  const op = cmd.ops.find((o) => o.type === 'addStep');
  if (op && op.type === 'addStep') ctx.state.afterRender.push(() => startRename(ctx, 'step', op.stepId));
  ctx.run(cmd);
}

export function stepHeader(ctx: ViewContext, step: Step): HTMLElement {
  const { t, cmds } = ctx;
  const th = h('th', { role: 'columnheader', scope: 'col', class: `jm-step${step.hidden ? ' jm-is-hidden' : ''}`, 'data-step-id': step.id, 'data-key': `step:${step.id}` },
    nameEl(ctx, 'step', step.id, step.name, step.hidden), commentControls(ctx, { type: 'STEP', id: step.id }, step.name, false));
  if (!ctx.canEdit) return th;
  const items = (): MenuItem[] => {
    const map = ctx.store.map;
    const where = findStep(map, step.id)!;
    const si = map.stages.indexOf(where.stage);
    const move = (side: 'left' | 'right'): MenuItem => {
      const d = sideDelta(ctx, side);
      const to = where.index + d;
      if (to >= 0 && to < where.stage.steps.length) return { label: t(`move-${side}` as MessageKey), run: () => ctx.run(cmds.moveStep(map, step.id, where.stage.id, to)) };
      // Past the stage's edge: into the neighbouring stage, at its near end.
      const other = map.stages[si + d];
      const blocked = !other || where.stage.steps.length <= 1;
      return { label: t(`move-${side}` as MessageKey), disabled: blocked, run: () => ctx.run(cmds.moveStep(map, step.id, other.id, d < 0 ? other.steps.length : 0)) };
    };
    return [
      { label: t('rename'), run: () => startRename(ctx, 'step', step.id) },
      { label: t('add-step'), run: () => addStep(ctx, where.stage.id, where.index + 1) },
      move('left'), move('right'),
      { label: step.hidden ? t('show') : t('hide'), run: () => ctx.run(cmds.setStepHidden(map, step.id, !step.hidden)) },
      { label: t('delete'), disabled: where.stage.steps.length <= 1, run: () => ctx.run(cmds.deleteStep(map, step.id)) },
    ];
  };
  th.appendChild(menuButton(t('step-actions', step.name), '⋯', items));
  th.draggable = true;
  return th;
}

export function laneHeader(ctx: ViewContext, lane: Lane): HTMLElement {
  const { t, cmds } = ctx;
  const th = h('th', { role: 'rowheader', scope: 'row', class: `jm-lane-name${lane.hidden ? ' jm-is-hidden' : ''}`, 'data-lane-id': lane.id, 'data-lane-type': lane.type, 'data-key': `lane:${lane.id}` },
    nameEl(ctx, 'lane', lane.id, lane.name, lane.hidden),
    lane.name === t(`lane.${lane.type}` as MessageKey) ? null : h('span', { class: 'jm-lane-type', text: t(`lane.${lane.type}` as MessageKey) }));
  if (!ctx.canEdit) return th;
  const items = (): MenuItem[] => {
    const map = ctx.store.map;
    const i = map.lanes.findIndex((l) => l.id === lane.id);
    return [
      { label: t('rename'), run: () => startRename(ctx, 'lane', lane.id) },
      { label: t('move-up'), disabled: i <= 0, run: () => ctx.run(cmds.moveLane(map, lane.id, i - 1)) },
      { label: t('move-down'), disabled: i >= map.lanes.length - 1, run: () => ctx.run(cmds.moveLane(map, lane.id, i + 1)) },
      { label: lane.hidden ? t('show') : t('hide'), run: () => ctx.run(cmds.setLaneHidden(map, lane.id, !lane.hidden)) },
      { label: t('delete'), run: () => ctx.run(cmds.deleteLane(map, lane.id)) },
    ];
  };
  th.appendChild(menuButton(t('lane-actions', lane.name), '⋯', items));
  th.draggable = true;
  return th;
}
