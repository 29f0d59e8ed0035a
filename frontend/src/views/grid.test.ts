import { afterEach, describe, expect, it } from 'vitest';
import { DOM } from '../editor/dom';
import { fixtureMap } from './testing/fixtures';
import { renderEditor } from './testing/render';

afterEach(() => { document.body.innerHTML = ''; });

describe('map grid', () => {
  it('renders stages over their steps, one row per lane, a cell per step', () => {
    const { root } = renderEditor(fixtureMap(), { canEdit: false });
    const grid = root.querySelector(DOM.grid)!;
    expect(grid.getAttribute('aria-label')).toBe('Journey map');
    const stages = Array.from(grid.querySelectorAll<HTMLElement>(DOM.stageHeader));
    expect(stages.map((s) => [s.dataset.stageId, s.getAttribute('colspan')])).toEqual([['S1', '2'], ['S2', '1']]);
    expect(Array.from(grid.querySelectorAll<HTMLElement>(DOM.stepHeader)).map((s) => s.dataset.stepId)).toEqual(['st1', 'st2', 'st3']);
    const lanes = Array.from(grid.querySelectorAll<HTMLElement>(DOM.laneHeader));
    expect(lanes.map((l) => l.dataset.laneType)).toEqual(['ACTIONS', 'EMOTION', 'TOUCHPOINTS', 'PAIN_POINTS', 'OPPORTUNITIES', 'METRICS', 'EVIDENCE']);
    expect(grid.querySelectorAll(DOM.cell)).toHaveLength(7 * 3);
    expect(grid.querySelector('[data-lane-id="act"][data-step-id="st1"]')!.querySelectorAll(DOM.card)).toHaveLength(2);
  });

  it('shows editors hidden stages and lanes, marked hidden', () => {
    const { root } = renderEditor(fixtureMap());
    const hidden = root.querySelector<HTMLElement>('[data-stage-id="S3"][role=columnheader]')!;
    expect(hidden.classList.contains('jm-is-hidden')).toBe(true);
    expect(hidden.textContent).toContain('Hidden');
    expect(root.querySelector('[data-lane-id="notes"][role=rowheader]')).not.toBeNull();
  });

  it('renders user text as text with dir=auto', () => {
    const { root } = renderEditor(fixtureMap(), { canEdit: false });
    const text = root.querySelector('[data-card-id="c1"] [data-field=text]')!;
    expect(text.textContent).toBe('Sees a banner <b>ad</b>');
    expect(text.querySelector('b')).toBeNull();
    expect(text.getAttribute('dir')).toBe('auto');
  });

  it('gives each lane type its renderer', () => {
    const { root } = renderEditor(fixtureMap(), { canEdit: false });
    const card = (id: string) => root.querySelector<HTMLElement>(`[data-card-id="${id}"]`)!;
    const severity = card('c4').querySelector('.jm-severity-high')!;
    expect(severity.textContent).toContain('High');
    expect(card('c4').querySelector('.jm-jira-indeterminate')!.textContent).toContain('CX-1');
    expect(card('c3').querySelector('svg.jm-channel-icon')).not.toBeNull();
    expect(card('c3').textContent).toContain('Website');
    expect(card('c6').querySelector('.jm-priority')!.textContent).toBe('Priority: 12/15');
    expect(card('c6').textContent).toContain('Feasible 4');
    expect(card('c7').textContent).toContain('Target: 80 % · Actual: 72 %');
    expect(card('c8').querySelector('a')).toBeNull();
    expect(card('c8').textContent).toContain('javascript:alert(1)');
    expect(card('c9').querySelector('a')!.getAttribute('href')).toBe('https://example.com/log');
    expect(card('c1').querySelector('.jm-moment')!.textContent).toContain('Moment that matters');
  });

  it('draws the emotion curve with one slider per step and line', () => {
    const { root } = renderEditor(fixtureMap(), { canEdit: false });
    const points = Array.from(root.querySelectorAll<HTMLElement>(DOM.emotionPoint));
    expect(points).toHaveLength(3 * 2);
    const general = points.find((p) => p.dataset.stepId === 'st3' && p.dataset.personaId === '')!;
    expect(general.getAttribute('aria-valuenow')).toBe('2');
    expect(general.getAttribute('aria-valuemin')).toBe('-2');
    expect(general.getAttribute('aria-label')).toBe('All customers at Test drive');
    const unset = points.find((p) => p.dataset.stepId === 'st3' && p.dataset.personaId === '5')!;
    expect(unset.getAttribute('aria-valuetext')).toBe('Not set');
    expect(root.querySelector('[data-lane-id="emo"][data-step-id="st1"] .jm-curve-moment')).not.toBeNull();
    expect(root.querySelectorAll('[data-lane-id="emo"][data-step-id="st2"] polyline')).toHaveLength(2);
  });

  it('mirrors the curve segments in a right-to-left map', () => {
    const { root } = renderEditor(fixtureMap({ direction: 'RTL' }), { canEdit: false });
    expect(root.querySelector(DOM.grid)!.getAttribute('dir')).toBe('rtl');
    const line = root.querySelector('[data-lane-id="emo"][data-step-id="st2"] polyline')!;
    expect(line.getAttribute('points')!.startsWith('150,')).toBe(true);
  });

  it('uses the UI language for names and labels', () => {
    const { root } = renderEditor(fixtureMap(), { lang: 'fa' });
    expect(root.querySelector(DOM.grid)!.getAttribute('aria-label')).toBe('نقشه سفر مشتری');
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('.jm-save-state')!.textContent).toBe('ذخیره شد');
  });
});
