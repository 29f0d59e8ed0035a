import type { Persona } from '../editor/contract';

// attachPersona carries only the persona id, but the map shows the whole persona. Every persona
// record the editor has seen on this page is kept here (ids are global, so maps can share it).
const known = new Map<number, Persona>();

export function rememberPersonas(personas: readonly Persona[]): void {
  for (const p of personas) {
    known.set(p.id, p);
  }
}

export function knownPersona(id: number): Persona | undefined {
  return known.get(id);
}
