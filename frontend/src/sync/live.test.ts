import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../core/commands';
import { createEditorStore } from '../core/store';
import { sampleMap } from '../core/test-fixture';
import type { EditorStore, StoreChange } from '../editor/contract';
import { FakeServer } from './fake-server';

let server: FakeServer;
let store: EditorStore;
let changes: StoreChange[];
let hidden: boolean;

beforeEach(() => {
  vi.useFakeTimers();
  sessionStorage.clear();
  hidden = false;
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  server = new FakeServer(sampleMap());
  store = createEditorStore({ map: sampleMap(), canEdit: true, restBase: '/rest', api: server.api, pollIntervalMs: 3000 });
  changes = [];
  store.subscribe((c) => changes.push(c));
});

afterEach(() => {
  store.dispose();
  vi.useRealTimers();
});

describe('live polling', () => {
  it('polls the version only, and loads the map only when it changed', async () => {
    await vi.advanceTimersByTimeAsync(9000);
    expect(server.api.getVersion).toHaveBeenCalledTimes(3);
    expect(server.api.getMap).not.toHaveBeenCalled();

    server.othersSave([{ type: 'renameStage', stageId: 'S1', name: 'Seeing' }]);
    await vi.advanceTimersByTimeAsync(3000);
    expect(server.api.getMap).toHaveBeenCalledTimes(1);
    expect(store.map.stages[0].name).toBe('Seeing');
    expect(store.map.version).toBe(6);
    expect(changes).toContainEqual({ kind: 'map' });

    await vi.advanceTimersByTimeAsync(6000);
    expect(server.api.getMap).toHaveBeenCalledTimes(1);
  });

  it('with edits pending, merges the remote state after the save round trip', async () => {
    store.execute(commands.renameLane(store.map, 'L1', 'Doing'));
    server.othersSave([{ type: 'renameStage', stageId: 'S1', name: 'Seeing' }]);
    await vi.advanceTimersByTimeAsync(600); // nothing polled yet, edit not sent yet
    expect(server.api.getMap).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100); // saved: version 7 is not 5 + 1, so the map is loaded
    expect(server.api.getMap).toHaveBeenCalledTimes(1);
    expect(store.map.stages[0].name).toBe('Seeing');
    expect(store.map.lanes[0].name).toBe('Doing');
    await vi.advanceTimersByTimeAsync(3000);
    expect(server.api.getMap).toHaveBeenCalledTimes(1);
  });

  it('does not load the map while an edit waits to be sent', async () => {
    server.answerNext(() => ({ kind: 'offline' }));
    server.answerNext(() => ({ kind: 'offline' })); // retries at 1.7 s and 3.7 s both fail
    store.execute(commands.renameLane(store.map, 'L1', 'Doing'));
    await vi.advanceTimersByTimeAsync(700);
    server.othersSave([{ type: 'renameStage', stageId: 'S1', name: 'Seeing' }]);
    await vi.advanceTimersByTimeAsync(2300); // poll sees version 6 while the retry is pending
    expect(server.api.getVersion).toHaveBeenCalled();
    expect(store.map.lanes[0].name).toBe('Doing');
    expect(store.map.stages[0].name).toBe('Awareness');
    expect(server.api.getMap).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(4000); // the next retry succeeds, then their change shows
    expect(store.map.stages[0].name).toBe('Seeing');
    expect(store.map.lanes[0].name).toBe('Doing');
  });

  it('pauses while the page is hidden and polls when it is shown again', async () => {
    hidden = true;
    await vi.advanceTimersByTimeAsync(3000);
    await vi.advanceTimersByTimeAsync(9000);
    expect(server.api.getVersion).toHaveBeenCalledTimes(0);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(server.api.getVersion).toHaveBeenCalledTimes(1);
  });

  it('stops when disposed', async () => {
    store.dispose();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.api.getVersion).not.toHaveBeenCalled();
  });
});
