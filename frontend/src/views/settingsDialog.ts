// Map settings: title, goal, journey type, state, sales cycle and layout direction.
import type { MapFieldName } from '../editor/contract';
import type { MessageKey } from '../messages';
import type { ViewContext } from './context';
import { formRow, openDialog, selectOf } from './dialog';
import { h } from './h';

const opts = (ctx: ViewContext, prefix: string, values: string[]): Array<[string, string]> =>
  values.map((v) => [v, ctx.t(`${prefix}${v}` as MessageKey)]);

export function openSettingsDialog(ctx: ViewContext): void {
  const map = ctx.store.map;
  const { t } = ctx;
  const title = h('input', { type: 'text', class: 'jm-input', dir: 'auto', required: true, maxlength: 255 });
  title.value = map.title;
  const goal = h('textarea', { class: 'jm-textarea', dir: 'auto', rows: 3, maxlength: 4000 });
  goal.value = map.goal ?? '';
  const journeyType = selectOf('journeyType', opts(ctx, 'view.journey-type.', ['NEW_CUSTOMER', 'RENEWAL', 'PROBLEM_RESOLUTION', 'ONBOARDING', 'CUSTOM']), map.journeyType ?? 'CUSTOM');
  const state = selectOf('state', opts(ctx, 'view.state.', ['CURRENT', 'FUTURE']), map.state ?? 'CURRENT');
  const salesCycle = selectOf('salesCycle', opts(ctx, 'sales-cycle.', ['INSTANT', 'DAYS_30', 'MONTHS_6_PLUS', 'UNKNOWN']), map.salesCycle ?? 'UNKNOWN');
  const direction = selectOf('direction', opts(ctx, 'direction.', ['LTR', 'RTL']), map.direction);
  const form = h('form', { class: 'jm-form', novalidate: true },
    formRow(t('title'), title), formRow(t('view.goal'), goal), formRow(t('journey-type'), journeyType),
    formRow(t('state'), state), formRow(t('sales-cycle'), salesCycle), formRow(t('direction'), direction));
  const save = (): boolean => {
    if (title.value.trim() === '') {
      title.setAttribute('aria-invalid', 'true');
      title.focus();
      return false;
    }
    const now = ctx.store.map;
    const next: Partial<Record<MapFieldName, unknown>> = {
      title: title.value.trim(), goal: goal.value.trim() === '' ? null : goal.value, journeyType: journeyType.value,
      state: state.value, salesCycle: salesCycle.value, direction: direction.value,
    };
    const changes: Partial<Record<MapFieldName, unknown>> = {};
    for (const [k, v] of Object.entries(next) as Array<[MapFieldName, unknown]>) {
      if (v !== ((now as unknown as Record<string, unknown>)[k] ?? null)) changes[k] = v;
    }
    if (Object.keys(changes).length > 0) ctx.run(ctx.cmds.setMapFields(now, changes));
    return true;
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (save()) handle.close();
  });
  const handle = openDialog(ctx.root, {
    title: t('map-settings'), body: [form], closeLabel: t('close'),
    actions: [{ label: t('save'), primary: true, run: save }, { label: t('cancel'), run: () => undefined }],
  });
}
