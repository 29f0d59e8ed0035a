import type { BatchResult, MapsApi } from '../api/maps';
import { applyOperations } from '../core/apply';
import { knownPersona, rememberPersonas } from '../core/personas';
import type { ConflictView, MapData, Operation, Persona, SaveState } from '../editor/contract';
import { type PendingConflict, splitConflicts, splitInvalid } from './conflicts';
import { saveQueue, type StoredQueue } from './persist';
import { Timer, type Timers } from './timers';

/** Where the displayed map lives (the store); `notify` tells the views it changed. */
export interface MapHolder {
  get(): MapData;
  set(map: MapData, notify: boolean): void;
}

export interface SaveQueueOptions {
  api: MapsApi;
  timers: Timers;
  holder: MapHolder;
  mapId: number;
  /** The server version the displayed map is based on. */
  baseVersion: number;
  saveDelayMs: number;
  onChange(change: 'save' | 'conflicts'): void;
}

const MAX_RETRY_MS = 10_000;

/**
 * Sends locally applied operations to the server. Edits are batched: one batch goes out
 * saveDelayMs after the last edit, against the last version the server acknowledged; edits made
 * while it is in flight wait for the next one. Failures keep every operation: network errors and
 * 5xx are retried with growing pauses; a 409 or 400 refetches the map, puts the operations that
 * are still good on top of it and keeps the rest as conflicts for the user to decide.
 */
export class SaveQueue {
  baseVersion: number;
  private queue: Operation[] = [];
  private inFlight: Operation[] | null = null;
  private rebasing = false;
  private needsRebase = false;
  private offline = false;
  private failures = 0;
  private remoteVersion = 0;
  private pending: PendingConflict[] = [];
  private disposed = false;
  private lastState: SaveState = 'saved';
  private readonly debounce: Timer;
  private readonly retry: Timer;

  constructor(private readonly o: SaveQueueOptions) {
    this.baseVersion = o.baseVersion;
    this.debounce = new Timer(o.timers);
    this.retry = new Timer(o.timers);
  }

  /** Queues operations that were already applied to the displayed map. */
  enqueue(ops: readonly Operation[]): void {
    if (ops.length === 0 || this.disposed) {
      return;
    }
    this.queue.push(...ops);
    this.persist();
    this.debounce.start(this.o.saveDelayMs, () => this.flush());
    this.emitState();
  }

  /** Puts operations kept from an earlier page load back on the displayed map and in the queue. */
  restore(stored: StoredQueue): void {
    rememberPersonas(stored.personas);
    const result = applyOperations(this.o.holder.get(), stored.ops);
    const skipped = new Set(result.skipped);
    const ops = stored.ops.filter((_, i) => !skipped.has(i));
    if (ops.length > 0) {
      this.o.holder.set(result.map, false);
      this.baseVersion = stored.baseVersion;
    }
    this.enqueue(ops);
    this.persist();
  }

  state(): SaveState {
    if (this.pending.length > 0) {
      return 'conflict';
    }
    if (this.offline) {
      return 'offline';
    }
    return this.queue.length > 0 || this.inFlight !== null ? 'saving' : 'saved';
  }

  conflicts(): ConflictView[] {
    return this.pending.map((p) => p.view);
  }

  /** Nothing unsent, nothing in flight, nothing being merged. */
  idle(): boolean {
    return this.queue.length === 0 && this.inFlight === null && !this.rebasing && !this.retry.pending;
  }

  /** 'mine' applies and queues my value again on top of the current map; 'theirs' drops it. */
  resolve(conflictId: string, choice: 'mine' | 'theirs'): void {
    const target = this.pending.find((p) => p.view.id === conflictId);
    if (target === undefined) {
      return;
    }
    this.pending = this.pending.filter((p) => p !== target && (target.group === null || p.group !== target.group));
    this.o.onChange('conflicts');
    if (choice === 'mine' && target.mine !== null) {
      const result = applyOperations(this.o.holder.get(), target.mine);
      const skipped = new Set(result.skipped);
      const ops = target.mine.filter((_, i) => !skipped.has(i));
      if (ops.length > 0) {
        this.o.holder.set(result.map, true);
        this.enqueue(ops);
      }
    }
    this.emitState();
  }

  /** The poller saw this server version. Newer than ours: load it now when idle, else after the round trip. */
  remoteChanged(version: number): void {
    this.remoteVersion = Math.max(this.remoteVersion, version);
    if (version > this.baseVersion && this.idle()) {
      void this.rebase();
    }
  }

  /**
   * Shows a map the server just stored (a restore): unsent operations go on top of it, as after a
   * poll. Older than what we have already: ignored.
   */
  adopt(fresh: MapData): void {
    if (this.disposed || fresh.version < this.baseVersion) {
      return;
    }
    this.remoteVersion = Math.max(this.remoteVersion, fresh.version);
    if (this.inFlight !== null || this.rebasing) {
      // The round trip under way ends in a rebase that loads this version (or a newer one).
      this.needsRebase = true;
      return;
    }
    this.show(fresh);
  }

  /** Sends the queue now, unless a batch is in flight, a merge is running or a retry is due later. */
  flush(): void {
    this.debounce.stop();
    if (this.disposed || this.inFlight !== null || this.rebasing || this.retry.pending) {
      return;
    }
    if (this.needsRebase) {
      void this.rebase();
    } else if (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      void this.send(batch);
    }
  }

  dispose(): void {
    this.disposed = true;
    this.debounce.stop();
    this.retry.stop();
  }

  private async send(batch: Operation[]): Promise<void> {
    this.inFlight = batch;
    this.emitState();
    let result: BatchResult;
    try {
      result = await this.o.api.postOperations(this.baseVersion, batch);
    } catch {
      result = { kind: 'offline' };
    }
    if (this.disposed) {
      return;
    }
    this.inFlight = null;
    switch (result.kind) {
      case 'applied':
        this.acknowledged(result.version);
        return;
      case 'conflict':
        this.refused(splitConflicts(batch, result.conflicts));
        return;
      case 'invalid':
        this.refused(splitInvalid(batch, result.errors, result.message));
        return;
      case 'refused':
        this.refused(splitInvalid(batch, [], result.message));
        return;
      case 'retry':
        this.failed(batch, result.retryAfterMs);
        return;
      default:
        this.failed(batch, null);
    }
  }

  private acknowledged(version: number): void {
    const alone = version === this.baseVersion + 1;
    this.baseVersion = Math.max(this.baseVersion, version);
    this.offline = false;
    this.failures = 0;
    this.persist();
    if (!alone || this.remoteVersion > version) {
      // Others saved too: show their changes with ours (and the still unsent ones) on top.
      void this.rebase();
      return;
    }
    this.o.holder.set({ ...this.o.holder.get(), version }, false);
    this.afterRound();
  }

  private refused(split: { keep: Operation[]; conflicts: PendingConflict[] }): void {
    this.queue = [...split.keep, ...this.queue];
    this.pending.push(...split.conflicts);
    this.persist();
    this.o.onChange('conflicts');
    this.emitState();
    void this.rebase();
  }

  /** Nothing was stored: everything goes back to the front of the queue and is retried later. */
  private failed(batch: Operation[], retryAfterMs: number | null): void {
    this.queue = [...batch, ...this.queue];
    this.persist();
    this.goOffline(retryAfterMs);
  }

  private goOffline(retryAfterMs: number | null): void {
    this.offline = true;
    this.failures += 1;
    const backoff = Math.min(1000 * 2 ** (this.failures - 1), MAX_RETRY_MS);
    this.retry.start(retryAfterMs ?? backoff, () => this.flush());
    this.emitState();
  }

  /** Loads the server's map and puts the unsent operations on top (those that no longer apply are dropped). */
  private async rebase(): Promise<void> {
    this.rebasing = true;
    this.needsRebase = false;
    let fresh: MapData;
    try {
      fresh = await this.o.api.getMap();
    } catch {
      if (!this.disposed) {
        this.rebasing = false;
        this.needsRebase = true;
        this.goOffline(null);
      }
      return;
    }
    if (this.disposed) {
      return;
    }
    this.rebasing = false;
    this.show(fresh);
  }

  /** Displays the server's map with the unsent operations on top (those that no longer apply are dropped). */
  private show(fresh: MapData): void {
    rememberPersonas(fresh.personas);
    const result = applyOperations(fresh, this.queue);
    const skipped = new Set(result.skipped);
    this.queue = this.queue.filter((_, i) => !skipped.has(i));
    this.baseVersion = fresh.version;
    this.offline = false;
    this.failures = 0;
    this.retry.stop();
    this.o.holder.set(result.map, true);
    this.afterRound();
  }

  private afterRound(): void {
    this.persist();
    this.emitState();
    if (this.queue.length > 0 && !this.debounce.pending) {
      this.flush();
    }
  }

  private persist(): void {
    const ops = [...(this.inFlight ?? []), ...this.queue];
    const personas: Persona[] = [];
    for (const op of ops) {
      const p = op.type === 'attachPersona' ? knownPersona(op.personaId) : undefined;
      if (p !== undefined) {
        personas.push(p);
      }
    }
    saveQueue(this.o.mapId, { baseVersion: this.baseVersion, ops, personas });
  }

  private emitState(): void {
    const state = this.state();
    if (state !== this.lastState) {
      this.lastState = state;
      this.o.onChange('save');
    }
  }
}
