import { afterEach, describe, expect, it } from 'vitest';
import { attach, attachAll, start } from './bootstrap';
import { readConfig } from './container';

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

afterEach(() => {
  document.body.innerHTML = '';
  delete window.AJS;
});

describe('readConfig', () => {
  it('reads every data attribute', () => {
    expect(readConfig(container(EDITABLE))).toEqual({
      mapId: '42',
      mapVersion: 7,
      restBase: '/confluence/rest/journey-maps/1.0',
      canEdit: true,
      uiLanguage: 'fa',
      dir: 'rtl',
    });
  });

  it('is null without a map id', () => {
    expect(readConfig(container({ 'data-can-edit': 'true' }))).toBeNull();
  });
});

describe('attachAll', () => {
  it('marks every container attached and adds a toolbar only where the user may edit', () => {
    const editable = container(EDITABLE);
    const readOnly = container({ ...EDITABLE, 'data-map-id': '43', 'data-can-edit': 'false' });

    const editors = attachAll(document);

    expect(editors).toHaveLength(2);
    expect(editable.dataset.editorState).toBe('attached');
    expect(readOnly.dataset.editorState).toBe('attached');
    const toolbar = editable.querySelector('[role="toolbar"]');
    expect(toolbar).not.toBeNull();
    expect(editable.firstElementChild).toBe(toolbar);
    expect(readOnly.querySelector('[role="toolbar"]')).toBeNull();
    expect(editable.querySelector('.journey-map-static')?.textContent).toBe('static grid');
  });

  it('attaches once even when called again', () => {
    const el = container(EDITABLE);
    attachAll(document);
    expect(attachAll(document)).toHaveLength(0);
    expect(el.querySelectorAll('[role="toolbar"]')).toHaveLength(1);
  });

  it('leaves containers without a map id alone', () => {
    const el = container({ 'data-can-edit': 'true' });
    expect(attach(el)).toBeNull();
    expect(el.dataset.editorState).toBeUndefined();
  });

  it('labels the toolbar with host strings when AJS.I18n knows them', () => {
    window.AJS = {
      I18n: {
        getText: (key: string) => (key === 'io.journeymaps.journey-maps.editor.add-stage' ? 'افزودن مرحله' : key),
      },
    };
    const el = container(EDITABLE);
    attachAll(document);
    const buttons = Array.from(el.querySelectorAll('button')).map((b) => b.textContent);
    expect(buttons).toEqual(['افزودن مرحله', 'Add lane', 'Undo', 'Redo']);
    expect(el.querySelector('[role="status"]')?.textContent).toBe('Saved');
  });
});

describe('start', () => {
  it('attaches on DOMContentLoaded while the document is loading', () => {
    const el = container(EDITABLE);
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    try {
      start(document);
      expect(el.dataset.editorState).toBeUndefined();
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect(el.dataset.editorState).toBe('attached');
    } finally {
      delete (document as unknown as Record<string, unknown>).readyState;
    }
  });

  it('attaches at once when the page has already loaded', () => {
    const el = container(EDITABLE);
    start(document);
    expect(el.dataset.editorState).toBe('attached');
  });
});
