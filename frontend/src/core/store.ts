import { type MapsApi, mapsApi } from '../api/maps';
import type { Command, EditorStore, MapData, StoreChange } from '../editor/contract';
import { startLivePolling } from '../sync/live';
import { loadQueue } from '../sync/persist';
import { SaveQueue } from '../sync/save-queue';
import { globalTimers, type Timers } from '../sync/timers';
import { applyOperations } from './apply';
import { rememberPersonas } from './personas';
import { UndoStack } from './undo';

export interface EditorStoreOptions {
  map: MapData;
  canEdit: boolean;
  /** The REST base, e.g. "/rest/journey-maps/1.0" (the container's data-rest-base). */
  restBase: string;
  /** Saving starts this long after the last edit (default 700 ms). */
  saveDelayMs?: number;
  /** How often the map's version is polled for others' changes (default 3,000 ms; 0 turns polling off). */
  pollIntervalMs?: number;
  /** For tests: the server, the timers, the document whose visibility pauses polling. */
  api?: MapsApi;
  timers?: Timers;
  document?: Document;
}

/**
 * One map's editor state: the map the views render, the undo stack, saving and live updates.
 * Commands apply locally at once; their operations are saved in the background (SaveQueue).
 */
export function createEditorStore(options: EditorStoreOptions): EditorStore {
  const api = options.api ?? mapsApi(options.restBase, options.map.id);
  const timers = options.timers ?? globalTimers;
  const listeners = new Set<(change: StoreChange) => void>();
  const undoStack = new UndoStack();
  let map = options.map;
  rememberPersonas(map.personas);

  const notify = (change: StoreChange) => {
    for (const listener of [...listeners]) {
      listener(change);
    }
  };

  const saves = new SaveQueue({
    api,
    timers,
    mapId: map.id,
    baseVersion: map.version,
    saveDelayMs: options.saveDelayMs ?? 700,
    holder: {
      get: () => map,
      set: (next, shouldNotify) => {
        map = next;
        if (shouldNotify) {
          notify({ kind: 'map' });
        }
      },
    },
    onChange: (change) => notify(change === 'save' ? { kind: 'save', state: saves.state() } : { kind: 'conflicts' }),
  });

  if (options.canEdit) {
    const stored = loadQueue(map.id);
    if (stored !== null && stored.baseVersion <= map.version) {
      saves.restore(stored);
    }
  }

  const pollIntervalMs = options.pollIntervalMs ?? 3000;
  const live = pollIntervalMs > 0
    ? startLivePolling({
      intervalMs: pollIntervalMs,
      timers,
      document: options.document,
      getVersion: () => api.getVersion(),
      onVersion: (version) => saves.remoteChanged(version),
    })
    : null;

  /** Applies operations locally and queues those that applied; false when none did. */
  const run = (ops: Command['ops']): boolean => {
    const result = applyOperations(map, ops);
    if (result.skipped.length === ops.length) {
      return false;
    }
    const skipped = new Set(result.skipped);
    map = result.map;
    saves.enqueue(ops.filter((_, i) => !skipped.has(i)));
    notify({ kind: 'map' });
    return true;
  };

  return {
    get map() {
      return map;
    },
    canEdit: options.canEdit,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    execute(command) {
      if (options.canEdit && command.ops.length > 0 && run(command.ops)) {
        undoStack.push(command);
      }
    },
    undo() {
      const command = options.canEdit ? undoStack.undo() : undefined;
      if (command !== undefined) {
        run(command.inverse);
      }
    },
    redo() {
      const command = options.canEdit ? undoStack.redo() : undefined;
      if (command !== undefined) {
        run(command.ops);
      }
    },
    canUndo: () => options.canEdit && undoStack.canUndo(),
    canRedo: () => options.canEdit && undoStack.canRedo(),
    saveState: () => saves.state(),
    conflicts: () => saves.conflicts(),
    resolveConflict: (conflictId, choice) => saves.resolve(conflictId, choice),
    reload() {
      // The same path as the live poll: a newer version makes the queue rebase onto the server's map.
      api.getVersion().then((version) => saves.remoteChanged(version), () => undefined);
    },
    loadServerMap(fresh) {
      // A server version, not a local edit: nothing to undo, and older inverses would not fit it.
      undoStack.clear();
      saves.adopt(fresh);
      notify({ kind: 'map' });
    },
    dispose() {
      live?.dispose();
      saves.dispose();
      listeners.clear();
    },
  };
}
