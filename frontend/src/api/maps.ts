import { requestJson } from './http';

/** The map as GET /maps/{id} returns it; the editor issue will type it fully. */
export interface MapDocument {
  id: number;
  version: number;
  [field: string]: unknown;
}

/** Typed client of the maps REST resource. */
export function getMap(restBase: string, mapId: string): Promise<MapDocument> {
  return requestJson<MapDocument>('GET', `${restBase}/maps/${encodeURIComponent(mapId)}`);
}
