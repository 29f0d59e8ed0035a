// The EMOTION lane: each step's cell draws its part of every curve (from half a column before to
// half a column after, so adjacent cells join into one line) and holds the points, which are
// sliders (-2…2): Up/Down/Home/End/Delete with the keyboard, or drag them vertically.
import type { MapData } from '../editor/contract';
import type { MessageKey } from '../messages';
import type { ViewContext } from './context';
import { mapDir } from './context';
import { emotionLinePasses } from './filters';
import { h, safeColour, svg } from './h';
import type { Column } from './model';

export interface EmotionLine { personaId: number | null; name: string; colour: string }

const PALETTE = ['#0065FF', '#FF5630', '#36B37E', '#6554C0', '#FFAB00'];

export function emotionLines(ctx: ViewContext, map: MapData): EmotionLine[] {
  const lines: EmotionLine[] = [{ personaId: null, name: ctx.t('view.emotion.general'), colour: '#42526E' }];
  map.personas.forEach((p, i) => lines.push({ personaId: p.id, name: p.name, colour: safeColour(p.colour, PALETTE[i % PALETTE.length]) }));
  return lines.filter((l) => emotionLinePasses(l.personaId, ctx.state.filters));
}

export function scoreAt(map: MapData, stepId: string, personaId: number | null): number | null {
  const e = map.emotions.find((x) => x.stepId === stepId && x.personaId === personaId);
  return e ? e.score : null;
}

/** Vertical position in percent of the cell: +2 at the top, −2 at the bottom. */
export function yOf(score: number): number {
  return 12 + ((2 - score) / 4) * 76;
}

export function scoreFromY(fraction: number): number {
  const score = Math.round(2 - ((fraction * 100 - 12) / 76) * 4);
  return Math.max(-2, Math.min(2, score));
}

function valueText(ctx: ViewContext, score: number | null): string {
  return score === null ? ctx.t('emotion.not-set') : `${ctx.t(`emotion.${score}` as MessageKey)} (${score > 0 ? '+' : ''}${score})`;
}

/** Fills one EMOTION cell (column i of cols). */
export function renderEmotionCell(ctx: ViewContext, cell: HTMLElement, cols: Column[], i: number, lines: EmotionLine[]): void {
  const map = ctx.store.map;
  const rtl = mapDir(ctx) === 'rtl';
  const stepId = cols[i].step.id;
  // x in the cell's own units: 0..100; the previous step sits at -50 (LTR) or 150 (RTL).
  const xPrev = rtl ? 150 : -50;
  const xNext = rtl ? -50 : 150;
  const drawing = svg('svg', { class: 'jm-curve-lines', viewBox: '0 0 100 100', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
    svg('line', { class: 'jm-curve-zero', x1: 0, x2: 100, y1: yOf(0), y2: yOf(0) }));
  const box = h('div', { class: 'jm-curve' }, drawing);
  lines.forEach((line, li) => {
    const here = scoreAt(map, stepId, line.personaId);
    const prev = i > 0 ? scoreAt(map, cols[i - 1].step.id, line.personaId) : null;
    const next = i < cols.length - 1 ? scoreAt(map, cols[i + 1].step.id, line.personaId) : null;
    if (here !== null) {
      const pts: string[] = [];
      if (prev !== null) pts.push(`${xPrev},${yOf(prev)}`);
      pts.push(`50,${yOf(here)}`);
      if (next !== null) pts.push(`${xNext},${yOf(next)}`);
      if (pts.length > 1) {
        drawing.appendChild(svg('polyline', { class: 'jm-curve-line', points: pts.join(' '), fill: 'none', stroke: line.colour, 'stroke-width': 2, 'vector-effect': 'non-scaling-stroke' }));
      }
    }
    const offset = (li - (lines.length - 1) / 2) * 14;
    const point = h('span', {
      class: `jm-emotion-point${here === null ? ' jm-is-unset' : ''}`,
      role: 'slider', tabindex: -1,
      'data-step-id': stepId, 'data-persona-id': line.personaId === null ? '' : String(line.personaId),
      'data-key': `emo:${stepId}:${line.personaId ?? ''}`,
      'aria-label': ctx.t('emotion-point', line.name, cols[i].step.name),
      'aria-valuemin': -2, 'aria-valuemax': 2, 'aria-valuenow': here ?? 0, 'aria-valuetext': valueText(ctx, here),
      'aria-readonly': ctx.canEdit ? null : 'true',
      style: `inset-inline-start: calc(50% + ${offset}px); top: ${yOf(here ?? 0)}%; --jm-line: ${line.colour};`,
    });
    point.title = `${line.name}: ${valueText(ctx, here)}`;
    box.appendChild(point);
  });
  const stepCards = map.cards.filter((c) => c.stepId === stepId && c.fields.momentThatMatters);
  if (stepCards.length > 0) {
    box.appendChild(h('span', { class: 'jm-curve-moment', role: 'img', 'aria-label': ctx.t('card.moment-that-matters'), title: ctx.t('card.moment-that-matters'), text: '★' }));
  }
  cell.appendChild(box);
}

/** Keyboard and pointer handling for the sliders of one grid (delegated). */
export function bindEmotion(ctx: ViewContext, grid: HTMLElement): void {
  const set = (point: HTMLElement, score: number | null) => {
    const stepId = point.dataset.stepId!;
    const pid = point.dataset.personaId ? Number(point.dataset.personaId) : null;
    if (score === scoreAt(ctx.store.map, stepId, pid)) return;
    ctx.run(ctx.cmds.setEmotion(ctx.store.map, stepId, pid, score));
  };
  grid.addEventListener('keydown', (e) => {
    const point = (e.target as HTMLElement).closest<HTMLElement>('[role=slider]');
    if (!point || !ctx.canEdit || e.altKey || e.ctrlKey || e.metaKey) return;
    const current = point.classList.contains('jm-is-unset') ? null : Number(point.getAttribute('aria-valuenow'));
    const base = current ?? 0;
    const keys: Record<string, number | null> = {
      ArrowUp: Math.min(2, current === null ? 1 : base + 1), ArrowDown: Math.max(-2, current === null ? -1 : base - 1),
      PageUp: 2, PageDown: -2, Home: -2, End: 2, Delete: null, Backspace: null,
      '-': base === 0 ? -1 : -Math.abs(base), '0': 0, '1': base < 0 ? -1 : 1, '2': base < 0 ? -2 : 2,
    };
    if (!(e.key in keys)) return;
    e.preventDefault();
    e.stopPropagation();
    set(point, keys[e.key]);
  });
  if (!ctx.canEdit) return;
  grid.addEventListener('pointerdown', (e) => {
    const point = (e.target as HTMLElement).closest<HTMLElement>('[role=slider]');
    if (!point || e.button !== 0) return;
    const box = point.parentElement as HTMLElement;
    e.preventDefault();
    point.focus();
    point.setPointerCapture?.(e.pointerId);
    let score: number | null = null;
    const move = (ev: PointerEvent) => {
      const rect = box.getBoundingClientRect();
      if (rect.height <= 0) return;
      score = scoreFromY((ev.clientY - rect.top) / rect.height);
      point.style.top = `${yOf(score)}%`;
      point.setAttribute('aria-valuenow', String(score));
      point.classList.add('jm-is-dragging');
    };
    const up = () => {
      point.removeEventListener('pointermove', move);
      point.removeEventListener('pointerup', up);
      point.removeEventListener('pointercancel', up);
      if (score !== null) set(point, score);
    };
    point.addEventListener('pointermove', move);
    point.addEventListener('pointerup', up);
    point.addEventListener('pointercancel', up);
  });
}
