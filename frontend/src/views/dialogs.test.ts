import { afterEach, describe, expect, it } from 'vitest';
import { DOM } from '../editor/dom';
import { fixtureMap } from './testing/fixtures';
import { byName, fakeApi, key, lastOp, renderEditor } from './testing/render';

afterEach(() => { document.body.innerHTML = ''; });

const dialog = () => document.querySelector<HTMLElement>(DOM.dialog)!;
const field = (label: string) => {
  const l = Array.from(dialog().querySelectorAll('label')).find((x) => x.textContent === label)!;
  return document.getElementById(l.htmlFor) as HTMLInputElement;
};
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('card dialog', () => {
  it('edits typed fields and sends only the changes', () => {
    const { root, store } = renderEditor(fixtureMap());
    byName(root.querySelector('[data-card-id="c4"]')!, 'Edit card').click();
    const d = dialog();
    expect(d.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(d.getAttribute('aria-labelledby')!)!.textContent).toBe('Edit card');
    expect(field('Severity').value).toBe('HIGH');
    field('Severity').value = 'CRITICAL';
    field('Frequency').value = '';
    byName(d, 'Save').click();
    expect(lastOp(store)).toEqual({ type: 'updateCard', cardId: 'c4', fields: { severity: 'CRITICAL', frequency: null } });
    expect(document.querySelector(DOM.dialog)).toBeNull();
  });

  it('traps focus and closes on Escape, back to the opener', () => {
    const { root, store } = renderEditor(fixtureMap());
    const opener = byName(root.querySelector('[data-card-id="c6"]')!, 'Edit card');
    opener.focus();
    opener.click();
    const d = dialog();
    const focusables = Array.from(d.querySelectorAll<HTMLElement>('button, input, select, textarea'));
    focusables[focusables.length - 1].focus();
    key(document.activeElement!, 'Tab');
    expect(document.activeElement).toBe(focusables[0]);
    expect(field('Feasible').value).toBe('4');
    key(d, 'Escape');
    expect(document.querySelector(DOM.dialog)).toBeNull();
    expect(store.executed).toHaveLength(0);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Edit card');
  });
});

describe('map settings', () => {
  it('sets the changed map fields', () => {
    const { root, store } = renderEditor(fixtureMap());
    byName(root, 'Map settings').click();
    field('Title').value = 'Buying an e-bike';
    field('Layout direction').value = 'RTL';
    byName(dialog(), 'Save').click();
    expect(lastOp(store)).toEqual({ type: 'setMapFields', fields: { title: 'Buying an e-bike', direction: 'RTL' } });
    expect(root.querySelector(DOM.grid)!.getAttribute('dir')).toBe('rtl');
  });
});

describe('personas', () => {
  it('attaches from the space library and creates one with all fields', async () => {
    const api = fakeApi([{ id: 5, spaceKey: 'DEMO', name: 'Sara' }, { id: 6, spaceKey: 'DEMO', name: 'Omid', jobTitle: 'Teacher' }]);
    const { root, store } = renderEditor(fixtureMap(), { api });
    store.library.push({ id: 6, spaceKey: 'DEMO', name: 'Omid' });
    byName(root, 'Personas').click();
    await flush();
    byName(dialog(), 'Attach Omid').click();
    expect(lastOp(store)).toEqual({ type: 'attachPersona', personaId: 6 });
    expect(byName(dialog(), 'Detach Omid')).toBeTruthy();
    field('Name').value = 'Layla';
    field('Age').value = '34';
    field('Purchase motivations').value = 'Safety';
    dialog().querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await flush();
    expect(api.created[0]).toMatchObject({ name: 'Layla', age: 34, purchaseMotivations: 'Safety' });
    expect(lastOp(store)).toEqual({ type: 'attachPersona', personaId: 901 });
  });
});

describe('conflict dialog', () => {
  it('shows theirs and yours and resolves the pick', () => {
    const { store } = renderEditor(fixtureMap());
    store.setConflicts([
      { id: 'x1', element: { type: 'card', id: 'c2' }, field: 'text', theirs: 'Their text', yours: 'My text', reason: 'changed' },
      { id: 'x2', element: { type: 'stage', id: 'S1' }, field: 'name', theirs: null, yours: 'Aware', reason: 'deleted' },
    ]);
    const d = dialog();
    expect(document.getElementById(d.getAttribute('aria-labelledby')!)!.textContent).toBe('Conflicting changes');
    const first = d.querySelector('[data-conflict-id="x1"]')!;
    expect(first.querySelector('.jm-theirs')!.textContent).toBe('Their text');
    expect(first.querySelector('.jm-yours')!.textContent).toBe('My text');
    expect(d.querySelector('[data-conflict-id="x2"] .jm-theirs')!.textContent).toBe('(deleted)');
    first.querySelector<HTMLButtonElement>('[data-choice=mine]')!.click();
    expect(store.resolved).toEqual([{ id: 'x1', choice: 'mine' }]);
    expect(document.querySelectorAll('[data-conflict-id]')).toHaveLength(1);
    dialog().querySelector<HTMLButtonElement>('[data-choice=theirs]')!.click();
    expect(store.resolved[1]).toEqual({ id: 'x2', choice: 'theirs' });
    expect(document.querySelector(DOM.dialog)).toBeNull();
  });
});
