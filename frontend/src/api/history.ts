// The history endpoints (issue #5, "History"): the revisions of a map, one revision's map, the
// differences between two revisions, and restoring one (which stores a new version).
import type { MapData } from '../editor/contract';
import { HttpError, requestJson } from './http';

export type RevisionKind = 'CREATE' | 'EDIT' | 'RESTORE' | 'IMPORT' | 'TEMPLATE';

export interface Revision {
  version: number;
  /** The author's user key; authorName is the display name when the host knows it. */
  author: string | null;
  authorName: string | null;
  /** ISO instant; null for very old rows. */
  created: string | null;
  summary: string;
  kind: RevisionKind;
}

/** GET /maps/{id}/revisions: newest first; the first one is the current map. */
export interface RevisionList { mapId: number; revisions: Revision[] }

export interface RevisionWithMap { revision: Revision; map: MapData }

/** Element ids by what happened to them between two revisions. */
export interface ChangeSet { added: string[]; removed: string[]; changed: string[] }

export interface Comparison {
  from: Revision;
  to: Revision;
  stages: ChangeSet;
  steps: ChangeSet;
  lanes: ChangeSet;
  cards: ChangeSet;
  fromMap: MapData;
  toMap: MapData;
}

export interface RestoreResult { version: number; revision: Revision; map: MapData }

/** A failed history call: the status (0 offline) and the server's message when it sent one. */
export interface HistoryError { status: number; message: string }

export function historyError(e: unknown): HistoryError {
  const status = e instanceof HttpError ? e.status : 0;
  const body = (e instanceof HttpError && e.body && typeof e.body === 'object' ? e.body : {}) as Record<string, unknown>;
  return { status, message: typeof body.message === 'string' ? body.message : e instanceof Error ? e.message : String(e) };
}

export interface HistoryApi {
  list(mapId: number): Promise<RevisionList>;
  revision(mapId: number, version: number): Promise<RevisionWithMap>;
  compare(mapId: number, from: number, to: number): Promise<Comparison>;
  restore(mapId: number, version: number): Promise<RestoreResult>;
}

export function historyApi(restBase: string): HistoryApi {
  const maps = (mapId: number) => `${restBase}/maps/${encodeURIComponent(String(mapId))}`;
  return {
    list: (mapId) => requestJson('GET', `${maps(mapId)}/revisions`),
    revision: (mapId, version) => requestJson('GET', `${maps(mapId)}/revisions/${version}`),
    compare: (mapId, from, to) => requestJson('GET', `${maps(mapId)}/compare?from=${from}&to=${to}`),
    restore: (mapId, version) => requestJson('POST', `${maps(mapId)}/revisions/${version}/restore`),
  };
}
