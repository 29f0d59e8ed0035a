// Personas: the ones attached to this map (detach), the space library (attach), and a form to
// create a persona with every field of the library.
import type { Persona } from '../editor/contract';
import type { MessageKey } from '../messages';
import type { ViewContext } from './context';
import { formRow, openDialog } from './dialog';
import { h, safeColour } from './h';

const TEXT_FIELDS = ['jobTitle', 'familyStatus', 'incomeBand', 'gender', 'photoUrl'];
const LONG_FIELDS = ['professionalGoals', 'personalGoals', 'purchaseMotivations', 'keyInfluencers', 'quote', 'notes'];

function chip(p: Persona): HTMLElement {
  const initials = p.name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0]).join('').toUpperCase();
  return h('span', { class: 'jm-avatar', 'aria-hidden': 'true', style: `background: ${safeColour(p.colour, '#6554C0')}`, text: initials });
}

function personaItem(p: Persona, action: HTMLButtonElement): HTMLElement {
  return h('li', { class: 'jm-persona-item', 'data-persona-id': String(p.id) }, chip(p),
    h('span', { class: 'jm-persona-text' }, h('span', { class: 'jm-persona-name', dir: 'auto', text: p.name }),
      p.jobTitle ? h('span', { class: 'jm-persona-job', dir: 'auto', text: p.jobTitle }) : null),
    action);
}

export function openPersonaDialog(ctx: ViewContext): void {
  const { t } = ctx;
  const attached = h('ul', { class: 'jm-persona-list' });
  const library = h('ul', { class: 'jm-persona-list', 'aria-busy': 'true' });
  let libraryItems: Persona[] = [];
  const render = () => {
    const map = ctx.store.map;
    attached.replaceChildren(...map.personas.map((p) => {
      const b = h('button', { type: 'button', class: 'jm-button', text: t('detach', p.name) });
      b.addEventListener('click', () => { ctx.run(ctx.cmds.detachPersona(ctx.store.map, p.id)); render(); });
      return personaItem(p, b);
    }));
    if (map.personas.length === 0) attached.appendChild(h('li', { class: 'jm-muted', text: t('no-personas') }));
    const ids = new Set(map.personas.map((p) => p.id));
    const free = libraryItems.filter((p) => !ids.has(p.id));
    library.replaceChildren(...free.map((p) => {
      const b = h('button', { type: 'button', class: 'jm-button', text: t('attach', p.name) });
      b.addEventListener('click', () => { ctx.run(ctx.cmds.attachPersona(ctx.store.map, p)); render(); });
      return personaItem(p, b);
    }));
    if (free.length === 0 && library.getAttribute('aria-busy') !== 'true') library.appendChild(h('li', { class: 'jm-muted', text: t('no-personas') }));
  };
  const spaceKey = ctx.store.map.spaceKey;
  ctx.api.listPersonas(spaceKey).then((list) => {
    libraryItems = list;
    library.removeAttribute('aria-busy');
    render();
  }, () => {
    library.removeAttribute('aria-busy');
    ctx.flag(t('request-failed'));
  });
  render();

  const sections: Node[] = [
    h('p', { class: 'jm-muted', text: t('persona-hint') }),
    h('h3', { class: 'jm-dialog-subtitle', text: t('attached-personas') }), attached,
    h('h3', { class: 'jm-dialog-subtitle', text: t('persona-library') }), library,
  ];
  if (ctx.canEdit) sections.push(createForm(ctx, spaceKey, (p) => { libraryItems = [...libraryItems, p]; render(); }));
  openDialog(ctx.root, { title: t('personas'), body: sections, closeLabel: t('close'), size: 'large', actions: [{ label: t('close'), run: () => undefined }] });
}

function createForm(ctx: ViewContext, spaceKey: string, created: (p: Persona) => void): HTMLElement {
  const { t } = ctx;
  const inputs = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
  const name = h('input', { type: 'text', class: 'jm-input', dir: 'auto', required: true, maxlength: 255 });
  inputs.set('name', name);
  const colour = h('input', { type: 'color', class: 'jm-input-colour', value: '#6554c0' });
  inputs.set('colour', colour);
  const age = h('input', { type: 'number', class: 'jm-input', min: 0, max: 150, step: 1 });
  inputs.set('age', age);
  for (const f of TEXT_FIELDS) inputs.set(f, h('input', { type: f === 'photoUrl' ? 'url' : 'text', class: 'jm-input', dir: 'auto' }));
  for (const f of LONG_FIELDS) inputs.set(f, h('textarea', { class: 'jm-textarea', dir: 'auto', rows: 2 }));
  const submit = h('button', { type: 'submit', class: 'jm-button jm-button-primary', text: t('create-persona') });
  const form = h('form', { class: 'jm-form jm-persona-form', novalidate: true },
    ...Array.from(inputs.entries()).map(([k, el]) => formRow(t(`persona.${k}` as MessageKey), el)), submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (name.value.trim() === '') {
      name.setAttribute('aria-invalid', 'true');
      name.focus();
      return;
    }
    const draft: Record<string, unknown> = {};
    inputs.forEach((el, k) => {
      const v = el.value.trim();
      if (v !== '') draft[k] = k === 'age' ? Number(v) : v;
    });
    submit.disabled = true;
    ctx.api.createPersona(spaceKey, draft).then((p) => {
      ctx.run(ctx.cmds.attachPersona(ctx.store.map, p));
      created(p);
      form.reset();
      submit.disabled = false;
    }, () => {
      submit.disabled = false;
      ctx.flag(t('request-failed'));
    });
  });
  return h('details', { class: 'jm-persona-create' }, h('summary', { text: t('create-persona') }), form);
}
