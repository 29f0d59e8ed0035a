// Ids for new stages, steps, lanes and cards. The client chooses them (docs/operations.md), so a
// batch can refer to what it just added: 1–36 characters of A–Z a–z 0–9 _ -.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const LENGTH = 12;

/** A short random id; 64^12 possibilities make a clash within one map practically impossible. */
export function newId(): string {
  const bytes = new Uint8Array(LENGTH);
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') {
    crypto.getRandomValues(bytes);
  } else {
    for (let i = 0; i < LENGTH; i++) {
      bytes[i] = Math.floor(Math.random() * 256);
    }
  }
  let id = '';
  for (const b of bytes) {
    id += ALPHABET[b & 63];
  }
  return id;
}

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,36}$/;
