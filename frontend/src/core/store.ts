// PLACEHOLDER until the editor core is merged (drop this file at merge): the real store lives in
// the editorcore branch. The views only reach it through src/views/mount.ts.
import type { EditorStore, MapData } from '../editor/contract';

export interface EditorStoreOptions { map: MapData; canEdit: boolean; restBase: string }

export function createEditorStore(_options: EditorStoreOptions): EditorStore {
  throw new Error('editor core not merged yet');
}
