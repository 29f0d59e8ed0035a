// Mounts the editor view on a fake store for tests.
import type { MapData, Persona } from '../../editor/contract';
import type { ViewApi } from '../context';
import { createEditorView, type EditorView } from '../editor';
import { createFakeStore, fakeCommands, type FakeStore } from './fakeStore';

export interface Rendered { store: FakeStore; view: EditorView; root: HTMLElement }

export function fakeApi(library: Persona[] = []): ViewApi & { created: Array<Record<string, unknown>> } {
  const created: Array<Record<string, unknown>> = [];
  return {
    created,
    listPersonas: async () => library,
    createPersona: async (spaceKey, draft) => {
      created.push(draft);
      return { id: 900 + created.length, spaceKey, name: String(draft.name), ...draft } as Persona;
    },
  };
}

export function renderEditor(map: MapData, opts: { canEdit?: boolean; lang?: string; api?: ViewApi } = {}): Rendered {
  const store = createFakeStore(map, opts.canEdit ?? true);
  const view = createEditorView(store, fakeCommands, { uiLanguage: opts.lang ?? 'en', api: opts.api ?? fakeApi() });
  document.body.appendChild(view.element);
  return { store, view, root: view.element };
}

export function key(target: Element, k: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));
}

export function byName<T extends HTMLElement = HTMLButtonElement>(root: ParentNode, name: string): T {
  const found = Array.from(root.querySelectorAll<T>('button, [role=menuitem], [role=slider]'))
    .find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (!found) throw new Error(`no control named ${name}`);
  return found;
}

export function lastOp(store: FakeStore) {
  return store.executed[store.executed.length - 1]?.ops[0];
}
