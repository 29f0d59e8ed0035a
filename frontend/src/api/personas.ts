import type { Persona } from '../editor/contract';
import { requestJson } from './http';

/** The fields of a new persona (product.md §2); only the name is required. */
export type PersonaInput = Omit<Persona, 'id' | 'spaceKey'>;

/** The space's persona library. */
export function listPersonas(restBase: string, spaceKey: string): Promise<Persona[]> {
  return requestJson<Persona[]>('GET', `${restBase}/spaces/${encodeURIComponent(spaceKey)}/personas`);
}

/** Adds a persona to the space library (attach it to a map with the attachPersona command). */
export function createPersona(restBase: string, spaceKey: string, input: PersonaInput): Promise<Persona> {
  return requestJson<Persona>('POST', `${restBase}/spaces/${encodeURIComponent(spaceKey)}/personas`, input);
}
