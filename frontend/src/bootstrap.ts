import { CONTAINER_SELECTOR, type ContainerConfig, readConfig } from './container';
import { message } from './messages';

export const ATTACHED = 'attached';

/** An editor attached to one container; the real editor (a later issue) grows from here. */
export interface AttachedEditor {
  element: HTMLElement;
  config: ContainerConfig;
  toolbar: HTMLElement | null;
}

/** Attaches to one container, once; null when it is already attached or carries no map. */
export function attach(el: HTMLElement): AttachedEditor | null {
  if (el.dataset.editorState === ATTACHED) {
    return null;
  }
  const config = readConfig(el);
  if (config === null) {
    return null;
  }
  const toolbar = config.canEdit ? createToolbar(el.ownerDocument) : null;
  if (toolbar !== null) {
    el.insertBefore(toolbar, el.firstChild);
  }
  el.dataset.editorState = ATTACHED;
  return { element: el, config, toolbar };
}

/** Attaches to every container under root. */
export function attachAll(root: ParentNode = document): AttachedEditor[] {
  const editors: AttachedEditor[] = [];
  root.querySelectorAll<HTMLElement>(CONTAINER_SELECTOR).forEach((el) => {
    const editor = attach(el);
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

// Text only (textContent), never markup: nothing user-provided reaches innerHTML.
function createToolbar(doc: Document): HTMLElement {
  const bar = doc.createElement('div');
  bar.className = 'jm-toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', message('editor.journey-map'));
  for (const key of ['editor.add-stage', 'editor.add-lane', 'editor.undo', 'editor.redo'] as const) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'jm-toolbar-button';
    button.dataset.action = key.replace('editor.', '');
    button.textContent = message(key);
    button.disabled = true;
    bar.appendChild(button);
  }
  const state = doc.createElement('span');
  state.className = 'jm-save-state';
  state.setAttribute('role', 'status');
  state.setAttribute('aria-live', 'polite');
  state.textContent = message('editor.saved');
  bar.appendChild(state);
  return bar;
}
