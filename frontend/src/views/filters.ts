// Filters shared by the map and the table view, and the panel that sets them.
import type { Card, Lane, MapData } from '../editor/contract';
import type { MessageKey } from '../messages';
import type { ViewContext } from './context';
import { h, uid } from './h';
import { LANE_TYPES } from './model';

export interface Filters {
  /** '' all, 'general' the general curve, or a persona id: which emotion lines show. */
  personaId: string;
  laneType: string;
  severity: string;
  /** '' or a Jira status category: new, indeterminate, done. */
  jiraStatus: string;
  /** '' | 'linked' | 'unlinked' */
  linked: string;
}

export function lanePasses(lane: Lane, f: Filters): boolean {
  return f.laneType === '' || lane.type === f.laneType;
}

export function cardPasses(card: Card, f: Filters): boolean {
  if (f.severity !== '' && card.fields.severity !== f.severity) return false;
  const links = card.jiraLinks ?? [];
  if (f.linked === 'linked' && links.length === 0) return false;
  if (f.linked === 'unlinked' && links.length > 0) return false;
  if (f.jiraStatus !== '' && !links.some((l) => (l.statusCategory ?? 'undefined') === f.jiraStatus)) return false;
  return true;
}

export function emotionLinePasses(personaId: number | null, f: Filters): boolean {
  if (f.personaId === '') return true;
  return f.personaId === (personaId === null ? 'general' : String(personaId));
}

export function anyFilter(f: Filters): boolean {
  return Object.values(f).some((v) => v !== '');
}

/** The filter panel: labelled selects; every change re-renders the current view. */
export function renderFilters(ctx: ViewContext, map: MapData): HTMLElement {
  const { t, state } = ctx;
  const f = state.filters;
  const panel = h('div', { class: 'jm-filters', role: 'group', 'aria-label': t('filters') });
  const select = (key: keyof Filters, label: string, options: Array<[string, string]>) => {
    const id = uid('jm-filter');
    const sel = h('select', { id, class: 'jm-select', 'data-filter': key });
    for (const [value, text] of [['', t('all')] as [string, string], ...options]) {
      sel.appendChild(h('option', { value, text, selected: value === f[key] }));
    }
    sel.addEventListener('change', () => {
      f[key] = sel.value;
      ctx.refresh();
    });
    panel.appendChild(h('span', { class: 'jm-filter' }, h('label', { for: id, text: label }), sel));
  };
  select('personaId', t('view.personas'), [
    ['general', t('view.emotion.general')],
    ...map.personas.map((p) => [String(p.id), p.name] as [string, string]),
  ]);
  select('laneType', t('lane-type'), LANE_TYPES.map((lt) => [lt, t(`lane.${lt}` as MessageKey)]));
  select('severity', t('severity'), ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'].map((s) => [s, t(`severity.${s}` as MessageKey)]));
  select('jiraStatus', t('jira-status'), [['new', t('jira.category.NEW')], ['indeterminate', t('jira.category.INDETERMINATE')], ['done', t('jira.category.DONE')]]);
  select('linked', t('jira-link'), [['linked', t('linked')], ['unlinked', t('unlinked')]]);
  const clear = h('button', { type: 'button', class: 'jm-button jm-link-button', text: t('clear-filters'), disabled: !anyFilter(f) });
  clear.addEventListener('click', () => {
    for (const k of Object.keys(f) as Array<keyof Filters>) f[k] = '';
    ctx.refresh();
  });
  panel.appendChild(clear);
  return panel;
}
