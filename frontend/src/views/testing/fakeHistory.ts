// A history server for view tests: keeps a snapshot per revision, compares two by element ids,
// and restores one as a new version of the map it shares with the test (e.g. sync/FakeServer).
import { vi } from 'vitest';
import type { ChangeSet, Comparison, HistoryApi, Revision, RevisionKind } from '../../api/history';
import { HttpError } from '../../api/http';
import type { MapData } from '../../editor/contract';

const clone = <T>(v: T): T => structuredClone(v);

/** Where the current map lives: a FakeServer, or any holder with a `map`. */
export interface MapHolder { map: MapData }

function diff<T extends { id: string }>(from: T[], to: T[]): ChangeSet {
  const before = new Map(from.map((x) => [x.id, JSON.stringify(x)]));
  const after = new Map(to.map((x) => [x.id, JSON.stringify(x)]));
  return {
    added: to.filter((x) => !before.has(x.id)).map((x) => x.id),
    removed: from.filter((x) => !after.has(x.id)).map((x) => x.id),
    changed: to.filter((x) => before.has(x.id) && before.get(x.id) !== after.get(x.id)).map((x) => x.id),
  };
}

export class FakeHistory {
  /** Oldest first. */
  readonly entries: Array<{ revision: Revision; map: MapData }> = [];
  readonly restored: number[] = [];
  /** Set to make restore answer 403 (a viewer). */
  refuseRestore = false;
  readonly api: HistoryApi & { [K in keyof HistoryApi]: ReturnType<typeof vi.fn> };

  constructor(private readonly holder: MapHolder) {
    this.api = {
      list: vi.fn(async (mapId: number) => ({ mapId, revisions: [...this.entries].reverse().map((e) => clone(e.revision)) })),
      revision: vi.fn(async (_mapId: number, version: number) => clone(this.find(version))),
      compare: vi.fn(async (_mapId: number, from: number, to: number) => this.compare(from, to)),
      restore: vi.fn(async (_mapId: number, version: number) => {
        if (this.refuseRestore) throw new HttpError(403, { message: 'Only editors can restore' });
        const old = this.find(version);
        this.restored.push(version);
        this.holder.map = { ...clone(old.map), version: this.holder.map.version + 1 };
        const revision = this.record('RESTORE', `Restored version ${version}`, 'alice', 'Alice Adams');
        return { version: revision.version, revision: clone(revision), map: clone(this.holder.map) };
      }),
    } as FakeHistory['api'];
  }

  /** Records the holder's current map as a revision. */
  record(kind: RevisionKind, summary: string, author: string | null, authorName: string | null, created = new Date().toISOString()): Revision {
    const revision: Revision = { version: this.holder.map.version, author, authorName, created, summary, kind };
    this.entries.push({ revision, map: clone(this.holder.map) });
    return revision;
  }

  private find(version: number): { revision: Revision; map: MapData } {
    const entry = this.entries.find((e) => e.revision.version === version);
    if (!entry) throw new HttpError(404, { message: `No version ${version}` });
    return entry;
  }

  private compare(from: number, to: number): Comparison {
    const a = this.find(from);
    const b = this.find(to);
    const steps = (m: MapData) => m.stages.flatMap((s) => s.steps);
    const stages = (m: MapData) => m.stages.map(({ steps: _steps, ...rest }) => rest);
    return {
      from: clone(a.revision), to: clone(b.revision),
      stages: diff(stages(a.map), stages(b.map)), steps: diff(steps(a.map), steps(b.map)),
      lanes: diff(a.map.lanes, b.map.lanes), cards: diff(a.map.cards, b.map.cards),
      fromMap: clone(a.map), toMap: clone(b.map),
    };
  }
}
