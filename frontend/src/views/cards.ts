// One renderer per lane type for a card's body, plus the chips every card may carry
// (moment that matters, Jira issues, comment count) and the editor's card actions.
import type { Card, Lane } from '../editor/contract';
import type { MessageKey, Translate } from '../messages';
import type { ViewContext } from './context';
import { button, h, safeHref } from './h';
import { channelIcon } from './icons';
import { JIRA_LANES, openCreateIssueDialog, openLinkIssueDialog, unlinkIssue } from './jiraDialogs';
import { menuButton } from './menu';
import { cardLabel, commentControls } from './comments/badges';
import { cardText, commentCount, priorityOf } from './model';

const SEVERITY_GLYPH: Record<string, string> = { LOW: '▽', MEDIUM: '◇', HIGH: '▲', CRITICAL: '‼' };

function field(label: string, value: Node | string, name: string): HTMLElement {
  return h('span', { class: `jm-field jm-field-${name}` }, h('span', { class: 'jm-field-label', text: `${label}: ` }),
    typeof value === 'string' ? h('span', { dir: 'auto', text: value }) : value);
}

function str(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

type Renderer = (card: Card, t: Translate) => Array<HTMLElement | null>;

const RENDERERS: Partial<Record<Lane['type'], Renderer>> = {
  PAIN_POINTS: (c, t) => [c.fields.frequency ? field(t('frequency'), t(`frequency.${str(c.fields.frequency)}` as MessageKey), 'frequency') : null],
  OPPORTUNITIES: (c, t) => {
    const scores = (['feasible', 'viable', 'desirable'] as const)
      .map((k) => `${t(`opportunity.${k}`)} ${str(c.fields[k]) || '–'}`).join(' · ');
    const priority = priorityOf(c);
    return [h('span', { class: 'jm-field jm-scores', dir: 'auto', text: scores }),
      priority === null ? null : h('span', { class: 'jm-priority', text: `${t('opportunity.priority')}: ${priority}/15` })];
  },
  TOUCHPOINTS: (c, t) => {
    const ch = str(c.fields.channel);
    return ch === '' ? [] : [h('span', { class: `jm-channel jm-channel-${ch.toLowerCase()}` }, channelIcon(ch), h('span', { text: t(`channel.${ch}` as MessageKey) }))];
  },
  ONSTAGE: (c, t) => [c.fields.actor ? field(t('card.actor'), str(c.fields.actor), 'actor') : null],
  BACKSTAGE: (c, t) => [c.fields.actor ? field(t('card.actor'), str(c.fields.actor), 'actor') : null],
  METRICS: (c, t) => {
    const name = str(c.fields.metricName);
    const unit = str(c.fields.metricUnit);
    const withUnit = (v: unknown) => (str(v) === '' ? '–' : `${str(v)}${unit ? ` ${unit}` : ''}`);
    return [
      name ? h('span', { class: 'jm-metric-name', text: t(`metric.${name}` as MessageKey) }) : null,
      h('span', { class: 'jm-field jm-metric-values', dir: 'auto', text: `${t('metric.target')}: ${withUnit(c.fields.metricTarget)} · ${t('metric.actual')}: ${withUnit(c.fields.metricActual)}` }),
      c.fields.metricSource ? field(t('metric.source'), str(c.fields.metricSource), 'source') : null,
    ];
  },
  EVIDENCE: (c, t) => {
    const kind = str(c.fields.evidenceKind);
    const source = str(c.fields.evidenceSource);
    const href = safeHref(source);
    return [
      kind ? h('span', { class: `jm-evidence-kind jm-evidence-${kind.toLowerCase()}`, text: t(`evidence.${kind}` as MessageKey) }) : null,
      source ? field(t('evidence.source'), href ? h('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank', dir: 'auto', text: source }) : source, 'source') : null,
      c.fields.evidenceQuote ? h('q', { class: 'jm-quote', dir: 'auto', text: str(c.fields.evidenceQuote) }) : null,
      c.fields.evidenceCount !== undefined && c.fields.evidenceCount !== null ? field(t('evidence.count'), str(c.fields.evidenceCount), 'count') : null,
    ];
  },
};

export function severityBadge(severity: string, t: Translate): HTMLElement {
  const label = t(`severity.${severity}` as MessageKey);
  return h('span', { class: `jm-severity jm-severity-${severity.toLowerCase()}`, title: `${t('severity')}: ${label}` },
    h('span', { 'aria-hidden': 'true', text: `${SEVERITY_GLYPH[severity] ?? ''} ` }), label);
}

/** Jira chips: key, summary, status coloured by category, assignee and the link's state message;
 *  with a context of an editor, each chip gets a menu to unlink it. */
export function jiraChips(card: Card, t: Translate, ctx?: ViewContext): HTMLElement | null {
  if (!card.jiraLinks || card.jiraLinks.length === 0) return null;
  return h('div', { class: 'jm-jira-list', role: 'list', 'aria-label': t('jira') }, ...card.jiraLinks.map((j) => {
    const cat = j.statusCategory ?? 'undefined';
    const state = j.state && j.state !== 'OK' ? j.state : null;
    const chip = h('span', { role: 'listitem', class: `jm-jira jm-jira-${cat}${state ? ` jm-jira-state-${state.toLowerCase()}` : ''}`, title: str(j.summary), 'data-issue-key': j.issueKey },
      h('span', { class: 'jm-jira-key', text: j.issueKey }), ' ',
      j.summary ? h('span', { class: 'jm-jira-summary', dir: 'auto', text: j.summary }) : null,
      h('span', { class: 'jm-jira-status', text: j.statusName ?? t('jira.category.UNKNOWN') }),
      j.assignee ? h('span', { class: 'jm-jira-assignee', dir: 'auto', text: j.assignee }) : null,
      state ? h('span', { class: 'jm-jira-state', 'data-state': state, dir: 'auto', text: stateText(j.state!, j.stateMessage, t) }) : null);
    if (ctx?.canEdit && ctx.api.jira) {
      chip.appendChild(menuButton(t('jira.issue-actions', j.issueKey), '⋯', () => [{ label: t('jira.unlink'), run: () => unlinkIssue(ctx, card, j) }], { 'data-action': 'jira-issue-actions' }));
    }
    return chip;
  }));
}

const STATE_KEYS: Record<string, MessageKey> = {
  UNREACHABLE: 'jira.state.UNREACHABLE', NOT_FOUND: 'jira.state.NOT_FOUND', AUTH_REQUIRED: 'jira.state.AUTH_REQUIRED', PENDING: 'jira.state.PENDING',
};

function stateText(state: string, message: string | null | undefined, t: Translate): string {
  return STATE_KEYS[state] ? t(STATE_KEYS[state]) : message ?? state;
}

/** The card element: data-card-id, its text in [data-field=text], draggable for editors. */
export function renderCard(ctx: ViewContext, card: Card, lane: Lane, actions: (card: Card) => HTMLElement | null): HTMLElement {
  const { t } = ctx;
  const text = cardText(card);
  const colour = str(card.fields.colour);
  const el = h('div', {
    class: `jm-card${colour ? ` jm-colour-${colour.toLowerCase()}` : ''}${card.fields.momentThatMatters ? ' jm-is-moment' : ''}`,
    'data-card-id': card.id, 'data-key': `card:${card.id}`, tabindex: -1, role: 'group',
    'aria-label': t('card', text === '' ? t('empty-card') : text.slice(0, 80)),
    draggable: ctx.canEdit ? 'true' : null,
  });
  if (lane.type === 'PAIN_POINTS' && card.fields.severity) el.appendChild(severityBadge(str(card.fields.severity), t));
  el.appendChild(h('p', { class: 'jm-card-text', 'data-field': 'text', dir: 'auto', text }));
  for (const part of RENDERERS[lane.type]?.(card, t) ?? []) if (part) el.appendChild(part);
  if (card.fields.owner) el.appendChild(field(t('card.owner'), str(card.fields.owner), 'owner'));
  if (card.fields.momentThatMatters) el.appendChild(h('span', { class: 'jm-moment' }, h('span', { 'aria-hidden': 'true', text: '★ ' }), t('card.moment-that-matters')));
  const chips = jiraChips(card, t, ctx);
  if (chips) el.appendChild(chips);
  const controls = ctx.comments ? commentControls(ctx, { type: 'CARD', id: card.id }, cardLabel(ctx, text), true) : null;
  if (controls) el.appendChild(controls);
  const comments = ctx.comments ? 0 : commentCount(card);
  if (comments > 0) el.appendChild(h('span', { class: 'jm-comment-count', text: t('comments', comments) }));
  const bar = actions(card);
  if (bar) el.appendChild(bar);
  return el;
}

/** The editor's buttons on a card; reached with Tab once the card's cell is active. */
export function cardActions(ctx: ViewContext, handlers: {
  edit(card: Card): void; toggleMoment(card: Card): void; duplicate(card: Card): void; remove(card: Card): void;
}): (card: Card) => HTMLElement | null {
  if (!ctx.canEdit) return () => null;
  const { t } = ctx;
  const jiraButtons = (card: Card): HTMLElement[] => {
    const lane = ctx.store.map.lanes.find((l) => l.id === card.laneId);
    if (!ctx.api.jira || !lane || !JIRA_LANES.has(lane.type)) return [];
    return [button(t('jira.create'), () => openCreateIssueDialog(ctx, card), { tabindex: -1, 'data-action': 'jira-create' }, 'J+'),
      button(t('jira.link'), () => openLinkIssueDialog(ctx, card), { tabindex: -1, 'data-action': 'jira-link' }, '🔗')];
  };
  return (card) => h('div', { class: 'jm-card-actions' },
    button(t('edit-card'), () => handlers.edit(card), { tabindex: -1, 'data-action': 'edit-card' }, '✎'),
    button(t('card.moment-that-matters'), () => handlers.toggleMoment(card),
      { tabindex: -1, 'aria-pressed': card.fields.momentThatMatters ? 'true' : 'false', 'data-action': 'moment' }, '★'),
    button(t('duplicate'), () => handlers.duplicate(card), { tabindex: -1, 'data-action': 'duplicate' }, '⧉'),
    button(t('delete-card'), () => handlers.remove(card), { tabindex: -1, 'data-action': 'delete-card' }, '✕'), ...jiraButtons(card));
}
