// The table view: every card a row (stage, step, lane, text, typed fields, Jira), sortable by
// any column (aria-sort on the header), searchable, and under the same filters as the map.
// A card's open comment threads show as the same count badge as on the map.
import type { Card, MapData } from '../editor/contract';
import type { MessageKey, Translate } from '../messages';
import { openCardDialog } from './cardDialog';
import { jiraChips, severityBadge } from './cards';
import { tableCommentBadge } from './comments/badges';
import type { SortKey, ViewContext } from './context';
import { cardPasses, lanePasses } from './filters';
import { h, uid } from './h';
import { cardText, columns, priorityOf } from './model';

interface Row { card: Card; stage: string; step: string; lane: string; text: string; details: string; jira: string; order: number }

function details(card: Card, t: Translate): string {
  const f = card.fields;
  const parts: string[] = [];
  const label = (k: string, prefix: string) => { if (f[k]) parts.push(t(`${prefix}${String(f[k])}` as MessageKey)); };
  label('severity', 'severity.'); label('frequency', 'frequency.'); label('channel', 'channel.'); label('metricName', 'metric.'); label('evidenceKind', 'evidence.');
  const p = priorityOf(card);
  if (p !== null) parts.push(`${t('opportunity.priority')} ${p}`);
  if (f.actor) parts.push(String(f.actor));
  if (f.metricTarget !== undefined && f.metricTarget !== null) parts.push(`${t('metric.target')} ${String(f.metricTarget)}`);
  if (f.metricActual !== undefined && f.metricActual !== null) parts.push(`${t('metric.actual')} ${String(f.metricActual)}`);
  if (f.evidenceSource) parts.push(String(f.evidenceSource));
  if (f.momentThatMatters) parts.push(t('card.moment-that-matters'));
  return parts.join(' · ');
}

export function tableRows(ctx: ViewContext, map: MapData): Row[] {
  const cols = columns(map, ctx.canEdit);
  const where = new Map(cols.map((c, i) => [c.step.id, { c, i }]));
  const lanes = new Map(map.lanes.filter((l) => (ctx.canEdit || !l.hidden) && lanePasses(l, ctx.state.filters)).map((l, i) => [l.id, { l, i }]));
  const q = ctx.state.search.trim().toLowerCase();
  const rows: Row[] = [];
  map.cards.forEach((card, n) => {
    const w = where.get(card.stepId);
    const lane = lanes.get(card.laneId);
    if (!w || !lane || !cardPasses(card, ctx.state.filters)) return;
    const row: Row = {
      card, stage: w.c.stage.name, step: w.c.step.name, lane: lane.l.name, text: cardText(card), details: details(card, ctx.t),
      jira: (card.jiraLinks ?? []).map((j) => j.issueKey).join(' '), order: (w.i * 100 + lane.i) * 100000 + n,
    };
    if (q === '' || [row.stage, row.step, row.lane, row.text, row.details, row.jira].some((s) => s.toLowerCase().includes(q))) rows.push(row);
  });
  const sort = ctx.state.sort;
  if (sort) {
    const sign = sort.dir === 'ascending' ? 1 : -1;
    const key = sort.key;
    rows.sort((a, b) => sign * (key === 'stage' || key === 'step' || key === 'lane' ? a.order - b.order : a[key].localeCompare(b[key])) || a.order - b.order);
  } else rows.sort((a, b) => a.order - b.order);
  return rows;
}

export function renderTable(ctx: ViewContext): HTMLElement {
  const { t, state } = ctx;
  const map = ctx.store.map;
  const searchId = uid('jm-search');
  const search = h('input', { id: searchId, type: 'search', class: 'jm-input jm-search', dir: 'auto', value: state.search, 'data-key': 'search' });
  search.addEventListener('input', () => {
    state.search = search.value;
    ctx.refresh();
  });
  const keys: Array<[SortKey, string]> = [['stage', t('view.stage')], ['step', t('view.step')], ['lane', t('view.lane')], ['text', t('text')], ['details', t('details')], ['jira', t('jira')]];
  const head = h('tr');
  for (const [key, label] of keys) {
    const sorted = state.sort?.key === key ? state.sort.dir : null;
    const b = h('button', { type: 'button', class: 'jm-sort-button', 'data-sort': key, text: label },
      h('span', { class: 'jm-sort-glyph', 'aria-hidden': 'true', text: sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : '' }));
    b.addEventListener('click', () => {
      state.sort = { key, dir: sorted === 'ascending' ? 'descending' : 'ascending' };
      ctx.refresh();
    });
    head.appendChild(h('th', { scope: 'col', 'aria-sort': sorted ?? 'none' }, b));
  }
  if (ctx.canEdit) head.appendChild(h('th', { scope: 'col' }, h('span', { class: 'jm-visually-hidden', text: t('edit-card') })));
  const body = h('tbody');
  const rows = tableRows(ctx, map);
  for (const r of rows) {
    const lane = map.lanes.find((l) => l.id === r.card.laneId);
    const tr = h('tr', { 'data-card-id': r.card.id },
      h('td', { dir: 'auto', text: r.stage }), h('td', { dir: 'auto', text: r.step }), h('td', { dir: 'auto', text: r.lane }),
      h('td', { class: 'jm-table-text' }, lane?.type === 'PAIN_POINTS' && r.card.fields.severity ? severityBadge(String(r.card.fields.severity), t) : null,
        h('span', { dir: 'auto', 'data-field': 'text', text: r.text }), tableCommentBadge(ctx, r.card.id)),
      h('td', { dir: 'auto', text: r.details }), h('td', {}, jiraChips(r.card, t)));
    if (ctx.canEdit) {
      const edit = h('button', { type: 'button', class: 'jm-button jm-icon-button', 'aria-label': `${t('edit-card')}: ${r.text.slice(0, 40)}`, title: t('edit-card') }, h('span', { 'aria-hidden': 'true', text: '✎' }));
      edit.addEventListener('click', () => openCardDialog(ctx, r.card));
      tr.appendChild(h('td', {}, edit));
    }
    body.appendChild(tr);
  }
  const table = h('table', { class: 'jm-table-view', 'aria-label': `${t('table-view')}: ${map.title}` }, h('thead', {}, head), body);
  return h('div', { class: 'jm-table-wrap' },
    h('div', { class: 'jm-table-tools' }, h('label', { for: searchId, text: t('search-cards') }), search),
    h('div', { class: 'jm-scroll' }, table),
    rows.length === 0 ? h('p', { class: 'jm-muted', role: 'status', text: t('no-cards') }) : null);
}
