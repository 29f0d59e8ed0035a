import { afterEach, describe, expect, it, vi } from 'vitest';
import { attach } from '../bootstrap';
import { DOM } from '../editor/dom';
import { fixtureMap } from './testing/fixtures';
import { createFakeStore, fakeCommands } from './testing/fakeStore';
import { fakeApi } from './testing/render';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('template chooser', () => {
  it('lists the templates in the UI language and creates the map from the chosen one', async () => {
    const created = fixtureMap({ id: 77, title: 'رحلة شراء سيارة', direction: 'RTL', language: 'ar' });
    const calls: Array<[string, RequestInit]> = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
      calls.push([url, init]);
      if (url.includes('/templates')) {
        return new Response(JSON.stringify([
          { id: 'five-stages', language: 'ar', name: 'الوعي ← التفكير ← الشراء', description: 'خمس مراحل', journeyType: 'NEW_CUSTOMER', stageCount: 5, stepCount: 10, laneCount: 8 },
          { id: 'buying-a-car', language: 'ar', name: 'شراء سيارة', description: '…', journeyType: 'NEW_CUSTOMER', stageCount: 4, stepCount: 8, laneCount: 9 },
        ]), { status: 200 });
      }
      return new Response(JSON.stringify(created), { status: 201 });
    }));
    const el = document.createElement('div');
    el.className = 'journey-map-container';
    Object.assign(el.dataset, { needsTemplate: 'true', pageId: '12', macroKey: 'mk-1', uiLanguage: 'ar', restBase: '/rest/journey-maps/1.0', canEdit: 'true' });
    document.body.appendChild(el);

    const deps = { createStore: (map: typeof created) => createFakeStore(map), commands: fakeCommands, fetchMap: vi.fn(), api: () => fakeApi() };
    const attached = attach(el, deps)!;
    await flush();

    expect(calls[0][0]).toBe('/rest/journey-maps/1.0/templates?language=ar');
    const chooser = el.querySelector(DOM.dialog)!;
    expect(chooser.textContent).toContain('اختر قالبًا');
    const choices = Array.from(el.querySelectorAll<HTMLButtonElement>(DOM.templateChoice));
    expect(choices.map((c) => c.dataset.templateId)).toEqual(['five-stages', 'buying-a-car']);
    choices[1].click();
    const view = await attached.ready;

    const [url, init] = calls[1];
    expect(url).toBe('/rest/journey-maps/1.0/maps');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ pageId: 12, template: 'buying-a-car', language: 'ar', macroKey: 'mk-1' });
    expect(view).not.toBeNull();
    expect(deps.fetchMap).not.toHaveBeenCalled();
    expect(el.dataset.editorState).toBe('interactive');
    expect(el.dataset.mapId).toBe('77');
    expect(el.querySelector(DOM.grid)!.getAttribute('dir')).toBe('rtl');
    expect(el.querySelector(DOM.dialog)).toBeNull();
  });

  it('keeps the choices and shows a flag when creating fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (url.includes('/templates')
      ? new Response(JSON.stringify([{ id: 't1', language: 'en', name: 'SaaS onboarding', description: '', journeyType: 'ONBOARDING', stageCount: 3, stepCount: 6, laneCount: 5 }]))
      : new Response('{"errors":[]}', { status: 403 }))));
    const el = document.createElement('div');
    el.className = 'journey-map-container';
    Object.assign(el.dataset, { needsTemplate: 'true', pageId: '1', macroKey: 'k', restBase: '/rest' });
    document.body.appendChild(el);
    attach(el);
    await flush();
    el.querySelector<HTMLButtonElement>('[data-template-id="t1"]')!.click();
    await flush();
    await flush();
    expect(el.querySelector('[role=alert]')!.textContent).toContain('The journey map could not be created.');
    expect(el.querySelector<HTMLButtonElement>('[data-template-id="t1"]')!.disabled).toBe(false);
  });

  it('offers the templates in the language the macro asks for', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      urls.push(url);
      return new Response('[]', { status: 200 });
    }));
    const el = document.createElement('div');
    el.className = 'journey-map-container';
    Object.assign(el.dataset, { needsTemplate: 'true', pageId: '3', macroKey: 'k', uiLanguage: 'en', templateLanguage: 'fa', restBase: '/rest', canEdit: 'true' });
    document.body.appendChild(el);
    attach(el);
    await flush();
    expect(urls).toEqual(['/rest/templates?language=fa']);
  });

  it('leaves a reader the server notice: no chooser, no request', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const el = document.createElement('div');
    el.className = 'journey-map-container';
    Object.assign(el.dataset, { needsTemplate: 'true', pageId: '3', macroKey: 'k', restBase: '/rest', canEdit: 'false' });
    el.innerHTML = '<div class="journey-map-static"><p>This journey map has not been started yet.</p></div>';
    document.body.appendChild(el);
    const attached = attach(el)!;
    expect(await attached.ready).toBeNull();
    expect(el.querySelector(DOM.templateChoice)).toBeNull();
    expect(el.textContent).toContain('This journey map has not been started yet.');
    expect(fetch).not.toHaveBeenCalled();
  });
});
