// Editing text in place: the element's text is swapped for a textarea (or input) until Enter
// saves or Escape cancels. Shift+Enter adds a line break in multi-line text.

export interface InlineEditOptions {
  label: string;
  multiline?: boolean;
  /** Names may not be empty; card text may. */
  allowEmpty?: boolean;
  onSave(value: string): void;
  onDone?(): void;
}

export function editInline(target: HTMLElement, value: string, opts: InlineEditOptions): HTMLTextAreaElement | HTMLInputElement {
  const field = opts.multiline ? document.createElement('textarea') : document.createElement('input');
  field.className = 'jm-inline-input';
  field.value = value;
  field.dir = 'auto';
  field.setAttribute('aria-label', opts.label);
  if (field instanceof HTMLTextAreaElement) field.rows = Math.min(8, Math.max(2, value.split('\n').length));
  const saved = Array.from(target.childNodes);
  target.replaceChildren(field);
  target.classList.add('jm-is-editing');
  let finished = false;
  const finish = (save: boolean) => {
    if (finished) return;
    finished = true;
    const next = field.value;
    target.replaceChildren(...saved);
    target.classList.remove('jm-is-editing');
    if (save && next !== value && (opts.allowEmpty || next.trim() !== '')) opts.onSave(opts.allowEmpty ? next : next.trim());
    opts.onDone?.();
    // The editor holds back re-renders while a field is open (a remote change must not eat typing).
    target.dispatchEvent(new Event('jm-edit-done', { bubbles: true }));
  };
  field.addEventListener('keydown', (e: Event) => {
    if (!(e instanceof KeyboardEvent)) return;
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      finish(false);
    } else if (e.key === 'Enter' && !(opts.multiline && e.shiftKey)) {
      e.preventDefault();
      finish(true);
    }
  });
  field.addEventListener('blur', () => finish(true));
  // Clicks inside must not start drags or re-open the editor.
  field.addEventListener('click', (e) => e.stopPropagation());
  field.addEventListener('pointerdown', (e) => e.stopPropagation());
  field.focus();
  // Names are usually replaced, text is usually continued.
  if (opts.multiline) field.setSelectionRange(value.length, value.length);
  else field.select();
  return field;
}
