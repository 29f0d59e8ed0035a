import { afterEach, describe, expect, it } from 'vitest';
import { DOM } from '../editor/dom';
import { fixtureMap } from './testing/fixtures';
import { key, renderEditor } from './testing/render';

afterEach(() => { document.body.innerHTML = ''; });

describe('a reader', () => {
  it('gets no edit controls at all', () => {
    const { root } = renderEditor(fixtureMap(), { canEdit: false });
    const names = Array.from(root.querySelectorAll('button')).map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(names).toEqual(['Map view', 'Table view', 'Filters']);
    expect(root.querySelectorAll('[draggable=true]')).toHaveLength(0);
    expect(root.querySelector('.jm-save-state')).toBeNull();
    expect(root.querySelector('[data-stage-id="S3"]')).toBeNull();
    expect(root.querySelector('[data-lane-id="notes"]')).toBeNull();
  });

  it('cannot edit by clicking or with the keyboard', () => {
    const { root, store } = renderEditor(fixtureMap(), { canEdit: false });
    (root.querySelector('[data-card-id="c1"] [data-field=text]') as HTMLElement).click();
    expect(root.querySelector('textarea')).toBeNull();
    const card = root.querySelector<HTMLElement>('[data-card-id="c1"]')!;
    key(card, 'ArrowRight', { altKey: true });
    key(card, 'Delete');
    const point = root.querySelector<HTMLElement>(DOM.emotionPoint)!;
    expect(point.getAttribute('aria-readonly')).toBe('true');
    key(point, 'ArrowUp');
    key(root, 'z', { ctrlKey: true });
    expect(store.executed).toHaveLength(0);
  });
});
