// The card dialog: every field the card's lane type takes, typed (selects for enums, numbers for
// scores and metric values). Saving sends only what changed; an emptied field becomes null.
import type { Card } from '../editor/contract';
import type { MessageKey } from '../messages';
import type { ViewContext } from './context';
import { formRow, openDialog, selectOf } from './dialog';
import { h } from './h';

type Spec = { name: string; label: MessageKey; kind: 'text' | 'textarea' | 'number' | 'int' | 'select' | 'check'; options?: string[]; prefix?: string; min?: number; max?: number };

const ENUMS = {
  severity: ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'],
  frequency: ['RARELY', 'SOMETIMES', 'OFTEN', 'ALWAYS'],
  channel: ['WEB', 'MOBILE_APP', 'EMAIL', 'CHAT', 'PHONE', 'SOCIAL', 'IN_PERSON', 'ADVERTISING', 'CONTENT', 'EVENT', 'SELF_SERVICE', 'OTHER'],
  metric: ['CSAT', 'NPS', 'CES', 'RESPONSE_TIME', 'CONVERSION_RATE', 'REFERRAL_RATE', 'PAGES_VISITED', 'TIME_ON_SITE', 'CUSTOM'],
  evidence: ['SOLICITED', 'UNSOLICITED'],
  colour: ['RED', 'ORANGE', 'YELLOW', 'GREEN', 'BLUE', 'PURPLE', 'GREY'],
};
const score = (name: string, label: MessageKey): Spec => ({ name, label, kind: 'int', min: 1, max: 5 });

export const FIELD_SPECS: Record<string, Spec[]> = {
  PAIN_POINTS: [
    { name: 'severity', label: 'severity', kind: 'select', options: ENUMS.severity, prefix: 'severity.' },
    { name: 'frequency', label: 'frequency', kind: 'select', options: ENUMS.frequency, prefix: 'frequency.' }],
  OPPORTUNITIES: [score('feasible', 'opportunity.feasible'), score('viable', 'opportunity.viable'), score('desirable', 'opportunity.desirable')],
  TOUCHPOINTS: [{ name: 'channel', label: 'channel', kind: 'select', options: ENUMS.channel, prefix: 'channel.' }],
  ONSTAGE: [{ name: 'actor', label: 'card.actor', kind: 'text' }],
  BACKSTAGE: [{ name: 'actor', label: 'card.actor', kind: 'text' }],
  METRICS: [
    { name: 'metricName', label: 'metric', kind: 'select', options: ENUMS.metric, prefix: 'metric.' },
    { name: 'metricTarget', label: 'metric.target', kind: 'number' },
    { name: 'metricActual', label: 'metric.actual', kind: 'number' },
    { name: 'metricUnit', label: 'unit', kind: 'text' },
    { name: 'metricSource', label: 'metric.source', kind: 'text' }],
  EVIDENCE: [
    { name: 'evidenceKind', label: 'evidence', kind: 'select', options: ENUMS.evidence, prefix: 'evidence.' },
    { name: 'evidenceSource', label: 'evidence.source', kind: 'text' },
    { name: 'evidenceQuote', label: 'evidence.quote', kind: 'textarea' },
    { name: 'evidenceCount', label: 'evidence.count', kind: 'int', min: 0 }],
};

const COMMON: Spec[] = [
  { name: 'momentThatMatters', label: 'card.moment-that-matters', kind: 'check' },
  { name: 'owner', label: 'card.owner', kind: 'text' },
  { name: 'colour', label: 'card.colour', kind: 'select', options: ENUMS.colour, prefix: 'colour.' },
];

function control(ctx: ViewContext, spec: Spec, value: unknown): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const v = value === null || value === undefined ? '' : String(value);
  switch (spec.kind) {
    case 'select':
      return selectOf(spec.name, [['', ctx.t('none')], ...spec.options!.map((o) => [o, ctx.t(`${spec.prefix}${o}` as MessageKey)] as [string, string])], v);
    case 'textarea': {
      const ta = h('textarea', { name: spec.name, dir: 'auto', rows: 3, class: 'jm-textarea' });
      ta.value = v;
      return ta;
    }
    case 'check':
      return h('input', { type: 'checkbox', name: spec.name, checked: value === true });
    default: {
      const numeric = spec.kind === 'number' || spec.kind === 'int';
      const input = h('input', { type: numeric ? 'number' : 'text', name: spec.name, class: 'jm-input', dir: numeric ? null : 'auto',
        step: spec.kind === 'int' ? 1 : numeric ? 'any' : null, min: spec.min ?? null, max: spec.max ?? null });
      input.value = v;
      return input;
    }
  }
}

function read(spec: Spec, el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): unknown {
  if (spec.kind === 'check') return (el as HTMLInputElement).checked;
  const raw = el.value;
  if (raw.trim() === '') return null;
  if (spec.kind === 'number') return Number(raw);
  if (spec.kind === 'int') return Math.round(Number(raw));
  return raw;
}

export function openCardDialog(ctx: ViewContext, card: Card): void {
  const lane = ctx.store.map.lanes.find((l) => l.id === card.laneId);
  const specs: Spec[] = [{ name: 'text', label: 'text', kind: 'textarea' }, ...(FIELD_SPECS[lane?.type ?? ''] ?? []), ...COMMON];
  const controls = specs.map((s) => [s, control(ctx, s, card.fields[s.name])] as const);
  const form = h('form', { class: 'jm-form', novalidate: true }, ...controls.map(([s, c]) => formRow(ctx.t(s.label), c)));
  const save = () => {
    const current = ctx.store.map.cards.find((c) => c.id === card.id);
    if (!current) return;
    const changes: Record<string, unknown> = {};
    for (const [s, c] of controls) {
      const next = read(s, c);
      const before = current.fields[s.name] ?? (s.kind === 'check' ? false : null);
      if (next !== before && !(Number.isNaN(next))) changes[s.name] = next;
    }
    if (Object.keys(changes).length > 0) ctx.run(ctx.cmds.updateCard(ctx.store.map, card.id, changes));
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    save();
    handle.close();
  });
  const handle = openDialog(ctx.root, {
    title: ctx.t('edit-card'), body: [form], closeLabel: ctx.t('close'),
    actions: [{ label: ctx.t('save'), primary: true, run: save }, { label: ctx.t('cancel'), run: () => undefined }],
  });
}
