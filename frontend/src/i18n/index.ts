// The editor's string tables: UI strings plus the domain terms, in English, Arabic and Persian.
import { ar } from './ar';
import { domainAr, domainEn, domainFa, type DomainKey } from './domain';
import { en, type UiKey } from './en';
import { fa } from './fa';

export type MessageKey = UiKey | DomainKey;
export type Table = Record<MessageKey, string>;

export const TABLES: Record<string, Table> = {
  en: { ...en, ...domainEn },
  ar: { ...ar, ...domainAr },
  fa: { ...fa, ...domainFa },
};

/** The table for a language tag ("fa", "ar-SA", "en_GB"); English when we have none. */
export function tableFor(language: string | null | undefined): Table {
  const base = (language ?? '').toLowerCase().split(/[-_]/)[0];
  return TABLES[base] ?? TABLES.en;
}
