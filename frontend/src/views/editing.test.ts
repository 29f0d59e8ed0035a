import { afterEach, describe, expect, it } from 'vitest';
import { DOM } from '../editor/dom';
import { fixtureMap } from './testing/fixtures';
import { byName, key, lastOp, renderEditor } from './testing/render';

afterEach(() => { document.body.innerHTML = ''; });

describe('editing in place', () => {
  it('edits card text: Enter saves through updateCard', () => {
    const { root, store } = renderEditor(fixtureMap());
    (root.querySelector('[data-card-id="c2"] [data-field=text]') as HTMLElement).click();
    const area = root.querySelector<HTMLTextAreaElement>('[data-card-id="c2"] textarea')!;
    expect(area.getAttribute('dir')).toBe('auto');
    area.value = 'Clicks the <img src=x onerror=alert(1)> link';
    key(area, 'Enter');
    expect(lastOp(store)).toEqual({ type: 'updateCard', cardId: 'c2', fields: { text: 'Clicks the <img src=x onerror=alert(1)> link' } });
    const text = root.querySelector('[data-card-id="c2"] [data-field=text]')!;
    expect(text.textContent).toBe('Clicks the <img src=x onerror=alert(1)> link');
    expect(root.querySelector('img')).toBeNull();
  });

  it('Escape cancels without a command', () => {
    const { root, store } = renderEditor(fixtureMap());
    (root.querySelector('[data-card-id="c2"] [data-field=text]') as HTMLElement).click();
    const area = root.querySelector<HTMLTextAreaElement>('textarea')!;
    area.value = 'changed';
    key(area, 'Escape');
    expect(store.executed).toHaveLength(0);
    expect(root.querySelector('[data-card-id="c2"] [data-field=text]')!.textContent).toBe('Clicks through');
  });

  it('adds a card in a cell and opens its text for typing', () => {
    const { root, store } = renderEditor(fixtureMap());
    const cell = root.querySelector('[data-lane-id="act"][data-step-id="st2"]')!;
    byName(cell, 'Add card').click();
    expect(lastOp(store)).toMatchObject({ type: 'addCard', laneId: 'act', stepId: 'st2', index: 0 });
    expect(root.querySelector('[data-lane-id="act"][data-step-id="st2"] textarea')).not.toBeNull();
  });

  it('adds a stage from the toolbar and starts renaming it', () => {
    const { root, store } = renderEditor(fixtureMap());
    byName(root.querySelector(DOM.toolbar)!, 'Add stage').click();
    expect(lastOp(store)).toMatchObject({ type: 'addStage', index: 3, name: 'New stage', step: { name: 'New step' } });
    const input = root.querySelector<HTMLInputElement>('th[data-stage-id] input')!;
    input.value = 'Advocacy';
    key(input, 'Enter');
    expect(lastOp(store)).toMatchObject({ type: 'renameStage', name: 'Advocacy' });
  });

  it('adds a lane of the chosen type', () => {
    const { root, store } = renderEditor(fixtureMap());
    byName(root.querySelector(DOM.toolbar)!, 'Add lane').click();
    byName(root, 'Pain points').click();
    expect(lastOp(store)).toMatchObject({ type: 'addLane', laneType: 'PAIN_POINTS', index: 8, name: 'Pain points' });
  });

  it('moves a stage right from its menu, mirrored in a right-to-left map', () => {
    const ltr = renderEditor(fixtureMap());
    byName(ltr.root, 'Stage actions: Awareness').click();
    byName(ltr.root, 'Move right').click();
    expect(lastOp(ltr.store)).toEqual({ type: 'moveStage', stageId: 'S1', index: 1 });
    document.body.innerHTML = '';
    const rtl = renderEditor(fixtureMap({ direction: 'RTL' }));
    byName(rtl.root, 'Stage actions: Purchase').click();
    byName(rtl.root, 'Move right').click();
    expect(lastOp(rtl.store)).toEqual({ type: 'moveStage', stageId: 'S2', index: 0 });
  });

  it('moves a step into the neighbouring stage past its stage edge', () => {
    const { root, store } = renderEditor(fixtureMap());
    byName(root, 'Step actions: Reads reviews').click();
    byName(root, 'Move right').click();
    expect(lastOp(store)).toEqual({ type: 'moveStep', stepId: 'st2', stageId: 'S2', index: 0 });
  });

  it('hides and deletes lanes from the lane menu', () => {
    const { root, store } = renderEditor(fixtureMap());
    byName(root, 'Lane actions: Metrics').click();
    byName(root, 'Hide').click();
    expect(lastOp(store)).toEqual({ type: 'setLaneHidden', laneId: 'met', hidden: true });
    byName(root, 'Lane actions: Metrics').click();
    byName(root, 'Delete').click();
    expect(lastOp(store)).toEqual({ type: 'deleteLane', laneId: 'met' });
  });

  it('toggles the moment that matters, duplicates and deletes cards', () => {
    const { root, store } = renderEditor(fixtureMap());
    const card = () => root.querySelector('[data-card-id="c2"]')!;
    byName(card(), 'Moment that matters').click();
    expect(lastOp(store)).toEqual({ type: 'updateCard', cardId: 'c2', fields: { momentThatMatters: true } });
    expect(byName(card(), 'Moment that matters').getAttribute('aria-pressed')).toBe('true');
    byName(card(), 'Duplicate card').click();
    expect(lastOp(store)).toMatchObject({ type: 'addCard', laneId: 'act', stepId: 'st1', index: 2, fields: { text: 'Clicks through', momentThatMatters: true } });
    byName(card(), 'Delete card').click();
    expect(lastOp(store)).toEqual({ type: 'deleteCard', cardId: 'c2' });
  });

  it('undoes and redoes with the buttons and Ctrl+Z / Shift+Ctrl+Z', () => {
    const { root, store } = renderEditor(fixtureMap());
    const undo = byName(root.querySelector(DOM.toolbar)!, 'Undo');
    expect(undo.disabled).toBe(true);
    byName(root.querySelector('[data-card-id="c2"]')!, 'Delete card').click();
    expect(root.querySelector('[data-card-id="c2"]')).toBeNull();
    expect(byName(root.querySelector(DOM.toolbar)!, 'Undo').disabled).toBe(false);
    key(root.querySelector(DOM.grid)!, 'z', { ctrlKey: true });
    expect(root.querySelector('[data-card-id="c2"]')).not.toBeNull();
    key(root.querySelector(DOM.grid)!, 'z', { metaKey: true, shiftKey: true });
    expect(root.querySelector('[data-card-id="c2"]')).toBeNull();
    byName(root.querySelector(DOM.toolbar)!, 'Undo').click();
    expect(store.map.cards.some((c) => c.id === 'c2')).toBe(true);
  });

  it('takes Ctrl+Z on the page body for the map edited last, after an in-place edit lost focus', () => {
    const { root, store } = renderEditor(fixtureMap());
    (root.querySelector('[data-card-id="c2"] [data-field=text]') as HTMLElement).click();
    const area = root.querySelector<HTMLTextAreaElement>('[data-card-id="c2"] textarea')!;
    area.value = 'Typed then undone';
    key(area, 'Enter');
    expect(store.map.cards.find((c) => c.id === 'c2')!.fields.text).toBe('Typed then undone');
    key(document.body, 'z', { ctrlKey: true });
    expect(store.map.cards.find((c) => c.id === 'c2')!.fields.text).toBe('Clicks through');
    key(document.body, 'z', { ctrlKey: true, shiftKey: true });
    expect(store.map.cards.find((c) => c.id === 'c2')!.fields.text).toBe('Typed then undone');
  });

  it('sets emotion scores from the keyboard', () => {
    const { root, store } = renderEditor(fixtureMap());
    const point = root.querySelector<HTMLElement>('[role=slider][data-step-id="st1"][data-persona-id=""]')!;
    key(point, 'ArrowUp');
    expect(lastOp(store)).toEqual({ type: 'setEmotion', stepId: 'st1', personaId: null, score: 2 });
    const unset = root.querySelector<HTMLElement>('[role=slider][data-step-id="st3"][data-persona-id="5"]')!;
    key(unset, 'Home');
    expect(lastOp(store)).toEqual({ type: 'setEmotion', stepId: 'st3', personaId: 5, score: -2 });
    key(root.querySelector<HTMLElement>('[role=slider][data-step-id="st3"][data-persona-id="5"]')!, 'Delete');
    expect(lastOp(store)).toEqual({ type: 'setEmotion', stepId: 'st3', personaId: 5, score: null });
  });

  it('shows the save state', () => {
    const { root, store } = renderEditor(fixtureMap());
    const state = root.querySelector(DOM.saveState)!;
    expect(state.textContent).toBe('Saved');
    store.setSaveState('saving');
    expect(state.textContent).toBe('Saving…');
    store.setSaveState('offline');
    expect(state.textContent).toBe('Offline — retrying');
    store.setSaveState('conflict');
    expect(state.textContent).toBe('Conflict');
  });
});
