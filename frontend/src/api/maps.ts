import type { MapData, Operation } from '../editor/contract';
import { requestJson, sendJson } from './http';

/** Kept for older callers: the map as GET /maps/{id} returns it. */
export type MapDocument = MapData;

/** A field error of a 400 answer, e.g. {field: "operations[3].fields.severity", reason: "must be one of …"}. */
export interface FieldError { field: string; reason: string }

/** One conflict of a 409 answer (docs/operations.md, "Merging concurrent edits"). */
export interface ServerConflict {
  operationIndex: number;
  element: { type: string; id: string };
  field: string | null;
  theirs: unknown;
  yours: unknown;
  reason: 'changed' | 'deleted';
}

/** What POST /maps/{id}/operations came to. */
export type BatchResult =
  | { kind: 'applied'; version: number; applied: Operation[] }
  | { kind: 'conflict'; currentVersion: number; conflicts: ServerConflict[] }
  /** 400: nothing stored; the errors name the operations at fault. */
  | { kind: 'invalid'; message: string; errors: FieldError[] }
  /** 403/404: this user cannot write this map (any more). */
  | { kind: 'refused'; status: number; message: string }
  /** 503 (busy), other 5xx, 401 (signed out): nothing stored, send again later. */
  | { kind: 'retry'; status: number; retryAfterMs: number | null }
  /** The request did not reach the server or its answer did not come back. */
  | { kind: 'offline' };

export interface NewMap { pageId: number; template: string; title?: string; language?: string; macroKey?: string }

function mapPath(restBase: string, mapId: string | number): string {
  return `${restBase}/maps/${encodeURIComponent(String(mapId))}`;
}

export function getMap(restBase: string, mapId: string | number): Promise<MapData> {
  return requestJson<MapData>('GET', mapPath(restBase, mapId));
}

/** What the version poll answers: the map's version and the stamp of its comments. */
export interface MapStatus { version: number; comments?: string }

const statusWatchers = new Map<string, Set<(status: MapStatus) => void>>();

/** Hears every version poll of the map (the comments refetch when their stamp moves); returns the unsubscribe. */
export function watchMapStatus(mapId: string | number, watcher: (status: MapStatus) => void): () => void {
  const key = String(mapId);
  const set = statusWatchers.get(key) ?? new Set();
  statusWatchers.set(key, set);
  set.add(watcher);
  return () => {
    set.delete(watcher);
    if (set.size === 0) statusWatchers.delete(key);
  };
}

/** The cheap poll: only the map's current version (and, for watchers, the comment stamp). */
export async function getMapVersion(restBase: string, mapId: string | number): Promise<number> {
  const body = await requestJson<MapStatus>('GET', `${mapPath(restBase, mapId)}/version`);
  statusWatchers.get(String(mapId))?.forEach((watch) => watch(body));
  return body.version;
}

/** POST /maps: a new map on a page from a built-in template. */
export function createMap(restBase: string, request: NewMap): Promise<MapData> {
  return requestJson<MapData>('POST', `${restBase}/maps`, request);
}

export async function postOperations(restBase: string, mapId: string | number, baseVersion: number,
                                     operations: readonly Operation[]): Promise<BatchResult> {
  let response;
  try {
    response = await sendJson('POST', `${mapPath(restBase, mapId)}/operations`, { baseVersion, operations });
  } catch {
    return { kind: 'offline' };
  }
  const body = (response.body ?? {}) as Record<string, unknown>;
  const message = typeof body.message === 'string' ? body.message : `HTTP ${response.status}`;
  switch (response.status) {
    case 200:
      return { kind: 'applied', version: Number(body.version), applied: (body.applied as Operation[] | undefined) ?? [] };
    case 409:
      return { kind: 'conflict', currentVersion: Number(body.currentVersion), conflicts: (body.conflicts as ServerConflict[] | undefined) ?? [] };
    case 400:
      return { kind: 'invalid', message, errors: (body.errors as FieldError[] | undefined) ?? [] };
    case 403:
    case 404:
      return { kind: 'refused', status: response.status, message };
    default:
      return { kind: 'retry', status: response.status, retryAfterMs: retryAfter(response.headers.get('Retry-After')) };
  }
}

function retryAfter(header: string | null): number | null {
  const seconds = header === null ? NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

/** What the editor store needs from the server for one map. */
export interface MapsApi {
  getMap(): Promise<MapData>;
  getVersion(): Promise<number>;
  postOperations(baseVersion: number, operations: readonly Operation[]): Promise<BatchResult>;
}

export function mapsApi(restBase: string, mapId: string | number): MapsApi {
  return {
    getMap: () => getMap(restBase, mapId),
    getVersion: () => getMapVersion(restBase, mapId),
    postOperations: (baseVersion, operations) => postOperations(restBase, mapId, baseVersion, operations),
  };
}
