import { vi } from 'vitest';
import type { BatchResult, MapsApi } from '../api/maps';
import { apply } from '../core/apply';
import type { MapData, Operation } from '../editor/contract';

/**
 * A map server for store tests: applies batches with the local applier and counts versions.
 * Tests script special answers (offline, 409, 400…) with `answerNext`.
 */
export class FakeServer {
  map: MapData;
  readonly batches: { baseVersion: number; operations: Operation[] }[] = [];
  private readonly scripted: (() => BatchResult | Promise<BatchResult>)[] = [];

  readonly api: MapsApi & {
    getMap: ReturnType<typeof vi.fn<() => Promise<MapData>>>;
    getVersion: ReturnType<typeof vi.fn<() => Promise<number>>>;
  };

  constructor(map: MapData) {
    this.map = structuredClone(map);
    this.api = {
      getMap: vi.fn(async () => structuredClone(this.map)),
      getVersion: vi.fn(async () => this.map.version),
      postOperations: async (baseVersion, operations) => {
        this.batches.push({ baseVersion, operations: structuredClone([...operations]) });
        const next = this.scripted.shift();
        return next !== undefined ? next() : this.store(operations);
      },
    };
  }

  /** Stores a batch as the server would without conflicts. */
  store(operations: readonly Operation[]): BatchResult {
    this.map = { ...apply(this.map, operations), version: this.map.version + 1 };
    return { kind: 'applied', version: this.map.version, applied: [...operations] };
  }

  /** Someone else saves a batch. */
  othersSave(operations: Operation[]): void {
    this.store(operations);
  }

  answerNext(answer: () => BatchResult | Promise<BatchResult>): void {
    this.scripted.push(answer);
  }
}
