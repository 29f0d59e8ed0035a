import { CONTAINER_SELECTOR, type ContainerConfig, readConfig, readTemplateConfig } from './container';
import type { EditorView } from './views/editor';
import { ATTACHED, defaultDeps, mountEditor, type MountDeps } from './views/mount';
import { showTemplateChooser } from './views/templateChooser';

export { ATTACHED } from './views/mount';

/** An editor attached to one container; `ready` settles once it is interactive (or failed). */
export interface AttachedEditor {
  element: HTMLElement;
  config: ContainerConfig | null;
  ready: Promise<EditorView | null>;
}

/** Attaches to one container, once; null when it is already attached or carries nothing to show. */
export function attach(el: HTMLElement, deps: MountDeps = defaultDeps): AttachedEditor | null {
  if (el.dataset.editorState) {
    return null;
  }
  const config = readConfig(el);
  if (config !== null) {
    return { element: el, config, ready: mountEditor(el, config, deps) };
  }
  const template = readTemplateConfig(el);
  if (template === null) {
    return null;
  }
  el.dataset.editorState = ATTACHED;
  if (!template.canEdit) {
    // Readers cannot start a map (POST /maps answers 403): they keep the server's notice.
    return { element: el, config: null, ready: Promise.resolve(null) };
  }
  const ready = new Promise<EditorView | null>((resolve) => {
    showTemplateChooser(el, { ...template, templateLanguage: template.templateLanguage || template.uiLanguage }, (map) => {
      el.dataset.mapId = String(map.id);
      el.dataset.mapVersion = String(map.version);
      el.removeAttribute('data-needs-template');
      const created: ContainerConfig = {
        mapId: String(map.id), mapVersion: map.version, restBase: template.restBase, canEdit: template.canEdit,
        uiLanguage: template.uiLanguage, dir: map.direction === 'RTL' ? 'rtl' : 'ltr',
      };
      el.setAttribute('dir', created.dir);
      resolve(mountEditor(el, created, deps, map));
    });
  });
  return { element: el, config: null, ready };
}

/** Attaches to every container under root; each map works on its own. */
export function attachAll(root: ParentNode = document, deps: MountDeps = defaultDeps): AttachedEditor[] {
  const editors: AttachedEditor[] = [];
  root.querySelectorAll<HTMLElement>(CONTAINER_SELECTOR).forEach((el) => {
    const editor = attach(el, deps);
    if (editor !== null) {
      editors.push(editor);
    }
  });
  return editors;
}

/** Runs attachAll when the DOM is ready (at once when the script loads late). */
export function start(doc: Document = document): void {
  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', () => attachAll(doc), { once: true });
  } else {
    attachAll(doc);
  }
}
