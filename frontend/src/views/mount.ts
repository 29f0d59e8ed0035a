// Wiring: the only module that knows the editor core. Loads the map, creates its store and
// swaps the server's static view for the live editor once the editor is fully built.
import { commands } from '../core/commands';
import { createEditorStore } from '../core/store';
import type { ContainerConfig } from '../container';
import type { Commands, EditorStore, MapData } from '../editor/contract';
import { messagesFor } from '../messages';
import { fetchMap, viewApi } from './api';
import type { ViewApi } from './context';
import { createEditorView, type EditorView } from './editor';
import { showFlag } from './flags';

export interface MountDeps {
  createStore(map: MapData, config: ContainerConfig): EditorStore;
  commands: Commands;
  fetchMap(restBase: string, mapId: string): Promise<MapData>;
  api(restBase: string): ViewApi;
}

export const defaultDeps: MountDeps = {
  createStore: (map, config) => createEditorStore({ map, canEdit: config.canEdit, restBase: config.restBase }),
  commands,
  fetchMap,
  api: viewApi,
};

export const ATTACHED = 'attached';
export const INTERACTIVE = 'interactive';

/** Performance marks per map, so a benchmark can measure "data arrived" to "interactive". */
export const MARK_DATA_ARRIVED = 'jm-data-arrived';
export const MARK_INTERACTIVE = 'jm-interactive';
export const MEASURE_DATA_TO_INTERACTIVE = 'jm-data-to-interactive';

function mark(name: string, mapId: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  try {
    performance.mark(`${name}:${mapId}`);
  } catch {
    // marks are a measuring aid only; never let them break the editor
  }
}

function measure(mapId: string): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  try {
    performance.measure(`${MEASURE_DATA_TO_INTERACTIVE}:${mapId}`, `${MARK_DATA_ARRIVED}:${mapId}`, `${MARK_INTERACTIVE}:${mapId}`);
  } catch {
    // as above
  }
}

/**
 * Mounts the editor on a container. The static view stays until the live one is complete, so the
 * page never shows an empty map; on failure it stays for good and an error flag explains.
 */
export async function mountEditor(container: HTMLElement, config: ContainerConfig, deps: MountDeps = defaultDeps, loaded?: MapData): Promise<EditorView | null> {
  container.dataset.editorState = ATTACHED;
  try {
    const api = deps.api(config.restBase);
    // The comments load alongside the map, so the badges are there when the editor appears.
    const comments = api.comments ? api.comments.list(Number(config.mapId)).catch(() => null) : Promise.resolve(null);
    const [map, initialComments] = await Promise.all([loaded ?? deps.fetchMap(config.restBase, config.mapId), comments]);
    mark(MARK_DATA_ARRIVED, config.mapId);
    const store = deps.createStore(map, config);
    const view = createEditorView(store, deps.commands, { uiLanguage: config.uiLanguage, api, comments: initialComments });
    const staticView = container.querySelector(':scope > .journey-map-static');
    if (staticView) staticView.replaceWith(view.element);
    else container.replaceChildren(view.element);
    container.dataset.editorState = INTERACTIVE;
    mark(MARK_INTERACTIVE, config.mapId);
    measure(config.mapId);
    return view;
  } catch (e) {
    const t = messagesFor(config.uiLanguage);
    showFlag(container, t('load-failed'), t('dismiss'));
    if (typeof console !== 'undefined') console.error('journey map editor:', e);
    return null;
  }
}
