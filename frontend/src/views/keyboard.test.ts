import { afterEach, describe, expect, it } from 'vitest';
import { DOM } from '../editor/dom';
import { fixtureMap } from './testing/fixtures';
import { key, lastOp, renderEditor } from './testing/render';

afterEach(() => { document.body.innerHTML = ''; });

const cell = (root: HTMLElement, lane: string, step: string) => root.querySelector<HTMLElement>(`[role=gridcell][data-lane-id="${lane}"][data-step-id="${step}"]`)!;

describe('grid keyboard', () => {
  it('has one tab stop and moves between cells with the arrow keys', () => {
    const { root } = renderEditor(fixtureMap());
    const stops = root.querySelectorAll('[role=gridcell][tabindex="0"]');
    expect(stops).toHaveLength(1);
    const first = stops[0] as HTMLElement;
    first.focus();
    key(first, 'ArrowRight');
    expect(document.activeElement).toBe(cell(root, 'act', 'st2'));
    key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(cell(root, 'emo', 'st2'));
    expect(root.querySelectorAll('[role=gridcell][tabindex="0"]')).toHaveLength(1);
  });

  it('mirrors left and right in a right-to-left map', () => {
    const { root } = renderEditor(fixtureMap({ direction: 'RTL' }));
    cell(root, 'act', 'st2').focus();
    key(document.activeElement!, 'ArrowLeft');
    expect(document.activeElement).toBe(cell(root, 'act', 'st3'));
    key(document.activeElement!, 'ArrowRight');
    key(document.activeElement!, 'ArrowRight');
    expect(document.activeElement).toBe(cell(root, 'act', 'st1'));
  });

  it('Enter goes into the cell, Alt+Right moves the card to the next step', () => {
    const { root, store } = renderEditor(fixtureMap());
    cell(root, 'act', 'st1').focus();
    key(document.activeElement!, 'Enter');
    expect((document.activeElement as HTMLElement).dataset.cardId).toBe('c1');
    key(document.activeElement!, 'ArrowRight', { altKey: true });
    expect(lastOp(store)).toEqual({ type: 'moveCard', cardId: 'c1', laneId: 'act', stepId: 'st2', index: 0 });
    expect((document.activeElement as HTMLElement).dataset.cardId).toBe('c1');
    expect(cell(root, 'act', 'st2').contains(document.activeElement)).toBe(true);
  });

  it('Alt+Left moves a card to the next step in a right-to-left map', () => {
    const { root, store } = renderEditor(fixtureMap({ direction: 'RTL' }));
    const card = root.querySelector<HTMLElement>('[data-card-id="c2"]')!;
    card.focus();
    key(card, 'ArrowLeft', { altKey: true });
    expect(lastOp(store)).toEqual({ type: 'moveCard', cardId: 'c2', laneId: 'act', stepId: 'st2', index: 0 });
    key(document.activeElement!, 'ArrowRight', { altKey: true });
    expect(lastOp(store)).toEqual({ type: 'moveCard', cardId: 'c2', laneId: 'act', stepId: 'st1', index: 1 });
  });

  it('Alt+Up/Down reorders within the cell, then skips lanes that cannot take the card', () => {
    const { root, store } = renderEditor(fixtureMap());
    const c2 = root.querySelector<HTMLElement>('[data-card-id="c2"]')!;
    c2.focus();
    key(c2, 'ArrowUp', { altKey: true });
    expect(lastOp(store)).toEqual({ type: 'moveCard', cardId: 'c2', laneId: 'act', stepId: 'st1', index: 0 });
    const c5 = root.querySelector<HTMLElement>('[data-card-id="c5"]')!;
    c5.focus();
    key(c5, 'ArrowUp', { altKey: true });
    expect(store.executed).toHaveLength(1);
    const c3 = root.querySelector<HTMLElement>('[data-card-id="c3"]')!;
    key(c3, 'ArrowUp', { altKey: true });
    expect(store.executed).toHaveLength(1);
    const c6text = root.querySelector<HTMLElement>('[data-card-id="c2"]')!;
    key(c6text, 'ArrowDown', { altKey: true });
    expect(lastOp(store)).toMatchObject({ type: 'moveCard', cardId: 'c2', index: 1 });
  });

  it('Delete removes the focused card; Escape returns to the cell', () => {
    const { root, store } = renderEditor(fixtureMap());
    const card = root.querySelector<HTMLElement>('[data-card-id="c1"]')!;
    card.focus();
    key(card, 'Escape');
    expect(document.activeElement).toBe(cell(root, 'act', 'st1'));
    key(card, 'Delete');
    expect(lastOp(store)).toEqual({ type: 'deleteCard', cardId: 'c1' });
  });

  it('drops a dragged card into another cell', () => {
    const { root, store } = renderEditor(fixtureMap());
    const card = root.querySelector<HTMLElement>('[data-card-id="c1"]')!;
    expect(card.getAttribute('draggable')).toBe('true');
    card.dispatchEvent(new Event('dragstart', { bubbles: true }));
    const target = cell(root, 'act', 'st3');
    const over = new Event('dragover', { bubbles: true, cancelable: true });
    target.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    target.dispatchEvent(new Event('drop', { bubbles: true, cancelable: true }));
    expect(lastOp(store)).toEqual({ type: 'moveCard', cardId: 'c1', laneId: 'act', stepId: 'st3', index: 0 });
  });

  it('refuses drops in lanes that cannot take the card', () => {
    const { root } = renderEditor(fixtureMap());
    root.querySelector<HTMLElement>('[data-card-id="c4"]')!.dispatchEvent(new Event('dragstart', { bubbles: true }));
    const over = new Event('dragover', { bubbles: true, cancelable: true });
    cell(root, 'act', 'st1').dispatchEvent(over);
    expect(over.defaultPrevented).toBe(false);
    root.querySelector<HTMLElement>(DOM.card)!.dispatchEvent(new Event('dragend', { bubbles: true }));
  });
});
