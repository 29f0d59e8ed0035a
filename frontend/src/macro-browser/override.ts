// In Confluence's macro browser: every newly inserted journey-map macro gets its own hidden
// mapKey, so two maps on one page never share a map (see atlassian-api.md §16).

export type MacroParams = Record<string, string | undefined>;

interface ParameterFields {
  [type: string]: ((param: unknown, options: unknown) => unknown) | undefined;
}

export interface MacroBrowser {
  setMacroJsOverride?: (macroName: string, override: unknown) => void;
  ParameterFields?: ParameterFields;
}

export const MACRO_NAME = 'journey-map';

/** The parameters with a mapKey: kept when the macro already has one (the hook also runs on edit). */
export function withMapKey(params: MacroParams, newKey: () => string = randomKey): MacroParams {
  const current = params.mapKey?.trim();
  return current ? params : { ...params, mapKey: newKey() };
}

/** Registers the override when the macro browser is on the page; false when it is not. */
export function registerMacroBrowserOverride(browser: MacroBrowser | undefined): boolean {
  if (!browser || typeof browser.setMacroJsOverride !== 'function') {
    return false;
  }
  const hidden = browser.ParameterFields?._hidden;
  browser.setMacroJsOverride(MACRO_NAME, {
    beforeParamsSet: (params: MacroParams) => withMapKey(params),
    ...(hidden ? { fields: { string: { mapKey: hidden } } } : {}),
  });
  return true;
}

function randomKey(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') {
    return c.randomUUID();
  }
  // Older browsers: 32 hex digits from getRandomValues.
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
