// Editor strings in the UI language (the container's data-ui-language: en, ar or fa; English
// otherwise). {0}, {1} in a string are replaced by the arguments, which are inserted as text.
import { type MessageKey, tableFor } from './i18n';

export type { MessageKey } from './i18n';

/** Looks up one string: t('add-stage'), t('card', text). */
export type Translate = (key: MessageKey, ...args: Array<string | number>) => string;

export function messagesFor(language: string | null | undefined): Translate {
  const table = tableFor(language);
  return (key, ...args) =>
    (table[key] ?? key).replace(/\{(\d)\}/g, (whole, i: string) => (args[Number(i)] === undefined ? whole : String(args[Number(i)])));
}

/** The writing direction of the UI language itself (the map's own direction is separate). */
export function uiDirection(language: string | null | undefined): 'ltr' | 'rtl' {
  const base = (language ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'ar' || base === 'fa' ? 'rtl' : 'ltr';
}
