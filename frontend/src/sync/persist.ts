import type { Operation, Persona } from '../editor/contract';

// Unsent operations are kept in sessionStorage per map, so that reloading the page (or the tab
// crashing) while offline does not lose what was typed. sessionStorage is per tab: two tabs keep
// their own queues.

export interface StoredQueue {
  /** The server version the operations were made against. */
  baseVersion: number;
  ops: Operation[];
  /** Records of personas the operations attach (attachPersona carries only the id). */
  personas: Persona[];
}

function key(mapId: number): string {
  return `journey-maps:unsaved:${mapId}`;
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled by the browser's privacy settings
  }
}

export function saveQueue(mapId: number, queue: StoredQueue): void {
  const s = storage();
  if (s === null) {
    return;
  }
  try {
    if (queue.ops.length === 0) {
      s.removeItem(key(mapId));
    } else {
      s.setItem(key(mapId), JSON.stringify(queue));
    }
  } catch {
    // Quota exceeded: the queue still lives in memory and is sent when the network allows.
  }
}

export function loadQueue(mapId: number): StoredQueue | null {
  const s = storage();
  let text: string | null = null;
  try {
    text = s?.getItem(key(mapId)) ?? null;
  } catch {
    return null;
  }
  if (text === null) {
    return null;
  }
  try {
    const parsed = JSON.parse(text) as Partial<StoredQueue>;
    if (typeof parsed.baseVersion !== 'number' || !Array.isArray(parsed.ops)) {
      return null;
    }
    return { baseVersion: parsed.baseVersion, ops: parsed.ops, personas: Array.isArray(parsed.personas) ? parsed.personas : [] };
  } catch {
    return null;
  }
}
