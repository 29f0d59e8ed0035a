import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../core/commands';
import { createEditorStore } from '../core/store';
import type { MapData } from '../editor/contract';
import { FakeServer } from '../sync/fake-server';
import { createEditorView } from './editor';
import { FakeHistory, type MapHolder } from './testing/fakeHistory';
import { fixtureMap } from './testing/fixtures';
import { byName, fakeApi, key, renderEditor } from './testing/render';

afterEach(() => {
  document.body.innerHTML = '';
  sessionStorage.clear();
});

const flush = async () => { for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0)); };
const panel = () => document.querySelector<HTMLElement>('.jm-history')!;
const options = () => Array.from(panel().querySelectorAll<HTMLElement>('[role=option]'));
const dialogs = () => Array.from(document.querySelectorAll<HTMLElement>('[role=dialog]'));

/** Version 1 as created; version 2: card c1 edited, c2 removed, c10 added, stage S2 renamed, lane "own" added. */
function twoVersions(holder: MapHolder, history: FakeHistory): void {
  history.record('CREATE', 'Created from a template', 'alice', 'Alice Adams', '2026-11-20T10:00:00Z');
  const next: MapData = structuredClone(holder.map);
  next.version = 2;
  next.cards = next.cards.filter((c) => c.id !== 'c2').map((c) => (c.id === 'c1' ? { ...c, fields: { ...c.fields, text: 'Sees a TV ad' } } : c));
  next.cards.push({ id: 'c10', laneId: 'act', stepId: 'st3', fields: { text: 'Signs the contract' }, jiraLinks: [] });
  next.stages[1] = { ...next.stages[1], name: 'Buying' };
  next.lanes.splice(1, 0, { id: 'own', type: 'OWNERS', name: 'Owners', hidden: false });
  holder.map = next;
  history.record('EDIT', '3 cards edited in Awareness', 'bob', null, new Date(Date.now() - 5 * 60_000).toISOString());
}

function openWithFakeStore(canEdit = true) {
  const holder: MapHolder = { map: fixtureMap({ version: 1 }) };
  const history = new FakeHistory(holder);
  twoVersions(holder, history);
  const rendered = renderEditor(holder.map, { canEdit, api: { ...fakeApi(), history: history.api } });
  return { ...rendered, history, holder };
}

async function openHistory(root: HTMLElement): Promise<void> {
  byName(root, 'History').click();
  await flush();
}

describe('the history list', () => {
  it('lists revisions newest first with summary, author, time and kind', async () => {
    const { root } = openWithFakeStore();
    await openHistory(root);
    expect(document.querySelector('[role=dialog] h2')!.textContent).toBe('History');
    const [newest, oldest] = options();
    expect(options()).toHaveLength(2);
    expect(newest.dataset.version).toBe('2');
    expect(newest.querySelector('.jm-history-current')!.textContent).toBe('Current');
    expect(newest.querySelector('.jm-history-summary')!.textContent).toBe('3 cards edited in Awareness');
    expect(newest.querySelector('.jm-history-author')!.textContent).toBe('bob');
    expect(newest.querySelector('time')!.textContent).toBe('5 minutes ago');
    expect(newest.querySelector('.jm-history-kind')!.textContent).toBe('Edited');
    expect(oldest.querySelector('.jm-history-author')!.textContent).toBe('Alice Adams');
    expect(oldest.querySelector('time')!.getAttribute('datetime')).toBe('2026-11-20T10:00:00Z');
    expect(oldest.querySelector('.jm-history-kind')!.textContent).toBe('Created');
  });

  it('is a listbox: arrow keys choose a revision, Enter previews it', async () => {
    const { root, history } = openWithFakeStore();
    await openHistory(root);
    const list = panel().querySelector<HTMLElement>('[role=listbox]')!;
    expect(document.activeElement).toBe(list);
    expect(options()[0].getAttribute('aria-selected')).toBe('true');
    key(list, 'ArrowDown');
    expect(options()[1].getAttribute('aria-selected')).toBe('true');
    expect(list.getAttribute('aria-activedescendant')).toBe(options()[1].id);
    key(list, 'Enter');
    await flush();
    expect(history.api.revision).toHaveBeenCalledWith(42, 1);
    expect(panel().querySelector('.jm-history-view-title')!.textContent).toBe('Version 1 — preview');
  });

  it('shows summaries and names as text, never as markup', async () => {
    const holder: MapHolder = { map: fixtureMap({ version: 1 }) };
    const history = new FakeHistory(holder);
    history.record('EDIT', '<img src=x onerror="window.pwned=1">', 'eve', '<b>Eve</b>');
    const { root } = renderEditor(holder.map, { api: { ...fakeApi(), history: history.api } });
    await openHistory(root);
    expect(panel().querySelector('img, b')).toBeNull();
    expect(panel().querySelector('.jm-history-summary')!.textContent).toBe('<img src=x onerror="window.pwned=1">');
    expect(panel().querySelector('.jm-history-author')!.textContent).toBe('<b>Eve</b>');
  });

  it('says so when the history cannot be loaded', async () => {
    const holder: MapHolder = { map: fixtureMap({ version: 1 }) };
    const history = new FakeHistory(holder);
    history.api.list.mockRejectedValueOnce(new Error('offline'));
    const { root } = renderEditor(holder.map, { api: { ...fakeApi(), history: history.api } });
    await openHistory(root);
    expect(panel().querySelector('[role=alert]')!.textContent).toBe('The history could not be loaded.');
  });
});

describe('previewing a revision', () => {
  it('shows its map read-only, labelled, with a way back to the current map', async () => {
    const { root } = openWithFakeStore();
    await openHistory(root);
    options()[1].click();
    await flush();
    const view = panel().querySelector<HTMLElement>('.jm-history-view')!;
    expect(view.querySelector('h3')!.textContent).toBe('Version 1 — preview');
    const grid = view.querySelector('[role=grid]')!;
    expect(grid.getAttribute('aria-label')).toBe('Version 1 — preview');
    expect(view.querySelector('[data-card-id="c1"] [data-field=text]')!.textContent).toBe('Sees a banner <b>ad</b>');
    expect(view.querySelector('[data-card-id="c2"]')).not.toBeNull();
    expect(view.querySelectorAll('[draggable=true], .jm-add-card, .jm-card-actions, .jm-menu-wrap, input, textarea')).toHaveLength(0);
    const names = Array.from(view.querySelectorAll('button')).map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(names).toEqual(['Back to current map']);
    (view.querySelector('[data-card-id="c1"] [data-field=text]') as HTMLElement).click();
    expect(document.querySelector('.jm-is-editing')).toBeNull();
    byName(view, 'Back to current map').click();
    expect(document.querySelector('.jm-history')).toBeNull();
    expect(root.querySelector('[data-card-id="c1"] [data-field=text]')!.textContent).toBe('Sees a TV ad');
  });
});

describe('comparing two revisions', () => {
  it('defaults to the chosen revision against the current map, marks changes and lists removed ones', async () => {
    const { root, history } = openWithFakeStore();
    await openHistory(root);
    key(panel().querySelector('[role=listbox]')!, 'ArrowDown');
    const from = panel().querySelector<HTMLSelectElement>('select[name=from]')!;
    const to = panel().querySelector<HTMLSelectElement>('select[name=to]')!;
    expect([from.value, to.value]).toEqual(['1', '2']);
    byName(panel(), 'Compare').click();
    await flush();
    expect(history.api.compare).toHaveBeenCalledWith(42, 1, 2);
    const view = panel().querySelector<HTMLElement>('.jm-history-view')!;
    expect(view.querySelector('h3')!.textContent).toBe('Changes from version 1 to version 2');
    const added = view.querySelector<HTMLElement>('[data-card-id="c10"]')!;
    expect(added.dataset.diff).toBe('added');
    expect(added.classList.contains('jm-diff-added')).toBe(true);
    expect(added.querySelector('.jm-diff-marker')!.textContent).toBe('+ Added ');
    expect(view.querySelector<HTMLElement>('[data-card-id="c1"]')!.querySelector('.jm-diff-marker')!.textContent).toBe('± Changed ');
    expect(view.querySelector<HTMLElement>('[data-card-id="c3"]')!.dataset.diff).toBeUndefined();
    expect(view.querySelector<HTMLElement>('th[data-stage-id="S2"]')!.dataset.diff).toBe('changed');
    expect(view.querySelector<HTMLElement>('th[data-lane-id="own"]')!.dataset.diff).toBe('added');
    const removed = Array.from(view.querySelectorAll('.jm-diff-removed-list li')).map((li) => li.textContent);
    expect(removed).toEqual(['− Removed Card: Clicks through']);
    const cards = view.querySelector<HTMLElement>('.jm-diff-counts [data-kind=cards]')!;
    expect(cards.textContent).toBe('Cards: 1 added, 1 changed, 1 removed');
    expect(view.querySelector('.jm-diff-counts [data-kind=lanes]')!.textContent).toBe('Lanes: 1 added, 0 changed, 0 removed');
  });

  it('compares any two versions picked by the user', async () => {
    const { root, history } = openWithFakeStore();
    await openHistory(root);
    panel().querySelector<HTMLSelectElement>('select[name=from]')!.value = '2';
    panel().querySelector<HTMLSelectElement>('select[name=to]')!.value = '1';
    byName(panel(), 'Compare').click();
    await flush();
    expect(history.api.compare).toHaveBeenCalledWith(42, 2, 1);
    const removed = Array.from(panel().querySelectorAll('.jm-diff-removed-list li')).map((li) => li.textContent);
    expect(removed).toContain('− Removed Card: Signs the contract');
    expect(removed).toContain('− Removed Lane: Owners');
  });
});

describe('restoring a revision', () => {
  function openWithRealStore() {
    const server = new FakeServer(fixtureMap({ version: 1 }));
    const history = new FakeHistory(server);
    twoVersions(server, history);
    const store = createEditorStore({ map: structuredClone(server.map), canEdit: true, restBase: '/rest', api: server.api, pollIntervalMs: 0 });
    const view = createEditorView(store, commands, { uiLanguage: 'en', api: { ...fakeApi(), history: history.api } });
    document.body.appendChild(view.element);
    return { root: view.element, store, server, history, view };
  }

  it('asks first, naming the version, then shows the restored map as the new server version', async () => {
    const { root, store, server, history, view } = openWithRealStore();
    await openHistory(root);
    key(panel().querySelector('[role=listbox]')!, 'ArrowDown');
    byName(panel(), 'Restore this version').click();
    const confirm = dialogs().at(-1)!;
    expect(confirm.querySelector('h2')!.textContent).toBe('Restore version 1?');
    expect(confirm.textContent).toContain('The map will show version 1 again.');
    expect(history.api.restore).not.toHaveBeenCalled();
    byName(confirm, 'Restore version 1').click();
    await flush();
    expect(history.api.restore).toHaveBeenCalledWith(42, 1);
    expect(store.map.version).toBe(3);
    expect(server.map.version).toBe(3);
    expect(root.querySelector('[data-card-id="c1"] [data-field=text]')!.textContent).toBe('Sees a banner <b>ad</b>');
    expect(root.querySelector('[data-card-id="c10"]')).toBeNull();
    expect(store.canUndo()).toBe(false);
    expect(document.querySelector('.jm-history')).toBeNull();
    expect(root.querySelector('.jm-flag[role=status]')!.textContent).toContain('Restored version 1');
    await openHistory(root);
    expect(options()[0].querySelector('.jm-history-summary')!.textContent).toBe('Restored version 1');
    expect(options()[0].querySelector('.jm-history-kind')!.textContent).toBe('Restored');
    expect(server.batches).toHaveLength(0);
    view.dispose();
  });

  it('does nothing when the confirmation is cancelled', async () => {
    const { root, history, store, view } = openWithRealStore();
    await openHistory(root);
    key(panel().querySelector('[role=listbox]')!, 'ArrowDown');
    byName(panel(), 'Restore this version').click();
    byName(dialogs().at(-1)!, 'Cancel').click();
    await flush();
    expect(history.api.restore).not.toHaveBeenCalled();
    expect(store.map.version).toBe(2);
    view.dispose();
  });

  it('reports a refusal and keeps the map', async () => {
    const { root, store, history } = openWithFakeStore();
    history.refuseRestore = true;
    await openHistory(root);
    key(panel().querySelector('[role=listbox]')!, 'End');
    byName(panel(), 'Restore this version').click();
    byName(dialogs().at(-1)!, 'Restore version 1').click();
    await flush();
    expect(root.querySelector('.jm-flag[role=alert]')!.textContent).toContain('You cannot restore versions of this map.');
    expect(store.serverMaps).toHaveLength(0);
  });

  it('is not offered for the current version', async () => {
    const { root } = openWithFakeStore();
    await openHistory(root);
    expect(Array.from(panel().querySelectorAll('button')).map((b) => b.textContent)).not.toContain('Restore this version');
  });
});

describe('a reader', () => {
  it('can list, preview and compare but not restore', async () => {
    const { root, history } = openWithFakeStore(false);
    await openHistory(root);
    key(panel().querySelector('[role=listbox]')!, 'ArrowDown');
    const names = Array.from(panel().querySelectorAll('button')).map((b) => b.textContent);
    expect(names).toEqual(['Preview', 'Compare']);
    byName(panel(), 'Preview').click();
    await flush();
    expect(panel().querySelector('[role=grid]')).not.toBeNull();
    byName(panel(), 'Compare').click();
    await flush();
    expect(panel().querySelector('[data-diff=added]')).not.toBeNull();
    expect(history.api.restore).not.toHaveBeenCalled();
  });
});

describe('without a history API', () => {
  it('shows no History button', () => {
    const { root } = renderEditor(fixtureMap());
    expect(Array.from(root.querySelectorAll('button')).map((b) => b.textContent)).not.toContain('History');
  });
});

describe('accessibility (axe-core)', () => {
  it('finds nothing serious in the history dialog with a comparison, in Persian', async () => {
    const holder: MapHolder = { map: fixtureMap({ version: 1 }) };
    const history = new FakeHistory(holder);
    twoVersions(holder, history);
    const { root } = renderEditor(holder.map, { lang: 'fa', api: { ...fakeApi(), history: history.api } });
    byName(root, 'تاریخچه').click();
    await flush();
    key(panel().querySelector('[role=listbox]')!, 'ArrowDown');
    byName(panel(), 'مقایسه').click();
    await flush();
    expect(panel().querySelector('.jm-history-view-title')!.textContent).toBe('تغییرات از نسخه 1 تا نسخه 2');
    const result = await axe.run(document.querySelector('[role=dialog]')!, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  }, 30_000); // axe over a whole grid is slow on a busy machine
});
