// Modal dialogs in the AUI style: role=dialog, aria-modal, labelled by the heading, focus kept
// inside (Tab wraps), Escape closes, focus returns to where it was.
import { h, uid } from './h';

export interface DialogAction { label: string; primary?: boolean; run(): void | boolean }

export interface DialogHandle { element: HTMLElement; close(): void }

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function openDialog(host: HTMLElement, opts: {
  title: string; body: Node[]; actions: DialogAction[]; closeLabel: string; size?: 'small' | 'medium' | 'large' | 'wide'; onClose?(): void;
}): DialogHandle {
  const opener = document.activeElement as HTMLElement | null;
  const titleId = uid('jm-dialog-title');
  const close = () => {
    layer.remove();
    opts.onClose?.();
    if (opener && opener.isConnected) opener.focus();
  };
  const footer = h('footer', { class: 'jm-dialog-footer' });
  for (const action of opts.actions) {
    const b = h('button', { type: 'button', class: `jm-button${action.primary ? ' jm-button-primary' : ''}`, text: action.label });
    b.addEventListener('click', () => {
      if (action.run() !== false) close();
    });
    footer.appendChild(b);
  }
  const closeButton = h('button', { type: 'button', class: 'jm-button jm-icon-button jm-dialog-close', 'aria-label': opts.closeLabel, title: opts.closeLabel },
    h('span', { 'aria-hidden': 'true', text: '✕' }));
  closeButton.addEventListener('click', close);
  const dialog = h('section', { class: `jm-dialog jm-dialog-${opts.size ?? 'medium'}`, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId },
    h('header', { class: 'jm-dialog-header' }, h('h2', { id: titleId, class: 'jm-dialog-title', text: opts.title }), closeButton),
    h('div', { class: 'jm-dialog-content' }, ...opts.body),
    footer);
  const layer = h('div', { class: 'jm-dialog-layer', dir: host.getAttribute('dir') ?? undefined, lang: host.getAttribute('lang') ?? undefined }, dialog);
  layer.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') {
      const items = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE));
      if (items.length === 0) return;
      const first = items[0];
      const last = items[items.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  (host.ownerDocument.body ?? host).appendChild(layer);
  const firstField = dialog.querySelector<HTMLElement>('.jm-dialog-content ' + FOCUSABLE.split(', ').join(', .jm-dialog-content '));
  (firstField ?? closeButton).focus();
  return { element: dialog, close };
}

/** A labelled form field: input, select or textarea, with a visible label. */
export function formRow(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): HTMLElement {
  const id = control.id || uid('jm-field');
  control.id = id;
  const row = h('div', { class: 'jm-form-row' }, h('label', { for: id, text: label }), control);
  if (control instanceof HTMLInputElement && control.type === 'checkbox') row.classList.add('jm-form-check');
  return row;
}

export function selectOf(name: string, options: Array<[string, string]>, value: string): HTMLSelectElement {
  const sel = h('select', { class: 'jm-select', name });
  for (const [v, text] of options) sel.appendChild(h('option', { value: v, text, selected: v === value }));
  return sel;
}
