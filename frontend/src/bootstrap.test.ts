import { afterEach, describe, expect, it, vi } from 'vitest';
import { attach, attachAll, start } from './bootstrap';
import { readConfig, readTemplateConfig } from './container';
import type { MapData } from './editor/contract';
import { DOM } from './editor/dom';
import { fixtureMap } from './views/testing/fixtures';
import { createFakeStore, fakeCommands } from './views/testing/fakeStore';
import { fakeApi } from './views/testing/render';
import type { MountDeps } from './views/mount';

function container(attrs: Record<string, string>): HTMLElement {
  const el = document.createElement('div');
  el.className = 'journey-map-container';
  for (const [name, value] of Object.entries(attrs)) {
    el.setAttribute(name, value);
  }
  const view = document.createElement('div');
  view.className = 'journey-map-static';
  view.textContent = 'static grid';
  el.appendChild(view);
  document.body.appendChild(el);
  return el;
}

const EDITABLE = {
  'data-map-id': '42',
  'data-map-version': '7',
  'data-rest-base': '/confluence/rest/journey-maps/1.0',
  'data-can-edit': 'true',
  'data-ui-language': 'fa',
  dir: 'rtl',
};

function deps(fetchMap: (restBase: string, id: string) => Promise<MapData>): MountDeps {
  return { createStore: (map, config) => createFakeStore(map, config.canEdit), commands: fakeCommands, fetchMap, api: () => fakeApi() };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('readConfig', () => {
  it('reads every data attribute', () => {
    expect(readConfig(container(EDITABLE))).toEqual({
      mapId: '42', mapVersion: 7, restBase: '/confluence/rest/journey-maps/1.0', canEdit: true, uiLanguage: 'fa', dir: 'rtl',
    });
  });

  it('is null without a map id; the template config needs data-needs-template', () => {
    const el = container({ 'data-can-edit': 'true' });
    expect(readConfig(el)).toBeNull();
    expect(readTemplateConfig(el)).toBeNull();
    el.dataset.needsTemplate = 'true';
    el.dataset.pageId = '9';
    el.dataset.macroKey = 'k';
    expect(readTemplateConfig(el)).toMatchObject({ pageId: 9, macroKey: 'k', uiLanguage: 'en' });
  });
});

describe('attachAll', () => {
  it('keeps the static view until the live grid is built, then swaps it in', async () => {
    const el = container(EDITABLE);
    let release: (m: MapData) => void = () => undefined;
    const fetchMap = vi.fn(() => new Promise<MapData>((r) => { release = r; }));
    const [editor] = attachAll(document, deps(fetchMap));

    expect(fetchMap).toHaveBeenCalledWith('/confluence/rest/journey-maps/1.0', '42');
    expect(el.dataset.editorState).toBe('attached');
    expect(el.querySelector('.journey-map-static')?.textContent).toBe('static grid');
    expect(el.querySelector(DOM.grid)).toBeNull();

    release(fixtureMap());
    await editor.ready;
    expect(el.dataset.editorState).toBe('interactive');
    expect(el.querySelector('.journey-map-static')).toBeNull();
    expect(el.querySelector(DOM.grid)!.getAttribute('aria-label')).toBe('نقشه سفر مشتری');
    expect(el.querySelector(DOM.toolbar)).not.toBeNull();
  });

  it('runs several maps on one page independently', async () => {
    const a = container(EDITABLE);
    const b = container({ ...EDITABLE, 'data-map-id': '43', 'data-can-edit': 'false', 'data-ui-language': 'en' });
    const editors = attachAll(document, deps(async (_r, id) => fixtureMap({ id: Number(id), title: `Map ${id}` })));
    await Promise.all(editors.map((e) => e.ready));
    expect(a.querySelector('.jm-title')!.textContent).toBe('Map 42');
    expect(b.querySelector('.jm-title')!.textContent).toBe('Map 43');
    expect(a.querySelectorAll('[data-action=add-stage]')).toHaveLength(1);
    expect(b.querySelectorAll('[data-action=add-stage]')).toHaveLength(0);
    a.querySelector<HTMLButtonElement>('[data-action=add-stage]')!.click();
    expect(a.querySelectorAll(DOM.stageHeader).length).toBe(b.querySelectorAll(DOM.stageHeader).length + 2);
  });

  it('marks when the map data arrived and when the editor became interactive, per map', async () => {
    performance.clearMarks();
    performance.clearMeasures();
    container(EDITABLE);
    const [editor] = attachAll(document, deps(async () => fixtureMap({ id: 42 })));
    await editor.ready;
    const arrived = performance.getEntriesByName('jm-data-arrived:42', 'mark');
    const interactive = performance.getEntriesByName('jm-interactive:42', 'mark');
    expect(arrived).toHaveLength(1);
    expect(interactive).toHaveLength(1);
    expect(interactive[0].startTime).toBeGreaterThanOrEqual(arrived[0].startTime);
    expect(performance.getEntriesByName('jm-data-to-interactive:42', 'measure')).toHaveLength(1);
  });

  it('attaches once even when called again', () => {
    const el = container(EDITABLE);
    const d = deps(async () => fixtureMap());
    attachAll(document, d);
    expect(attachAll(document, d)).toHaveLength(0);
    expect(el.dataset.editorState).toBe('attached');
  });

  it('leaves containers without a map id alone', () => {
    const el = container({ 'data-can-edit': 'true' });
    expect(attach(el)).toBeNull();
    expect(el.dataset.editorState).toBeUndefined();
  });

  it('keeps the static view and shows a flag when the map cannot be loaded', async () => {
    const el = container({ ...EDITABLE, 'data-ui-language': 'en' });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const [editor] = attachAll(document, deps(async () => { throw new Error('offline'); }));
    expect(await editor.ready).toBeNull();
    expect(el.querySelector('.journey-map-static')?.textContent).toBe('static grid');
    expect(el.querySelector('[role=alert]')!.textContent).toContain('The journey map could not be loaded.');
    expect(el.dataset.editorState).toBe('attached');
  });
});

describe('start', () => {
  it('attaches on DOMContentLoaded while the document is loading', () => {
    const el = container({ 'data-needs-template': 'true', 'data-rest-base': '/r' });
    vi.stubGlobal('fetch', vi.fn(() => new Promise(() => undefined)));
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    try {
      start(document);
      expect(el.dataset.editorState).toBeUndefined();
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect(el.dataset.editorState).toBe('attached');
    } finally {
      delete (document as unknown as Record<string, unknown>).readyState;
      vi.unstubAllGlobals();
    }
  });
});
