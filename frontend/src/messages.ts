// Editor strings. Inside Confluence they come from the plugin's i18n bundle through AJS.I18n
// (keys io.journeymaps.journey-maps.editor.*); elsewhere the English defaults below are used.

const DEFAULTS = {
  'editor.journey-map': 'Journey map',
  'editor.add-stage': 'Add stage',
  'editor.add-lane': 'Add lane',
  'editor.undo': 'Undo',
  'editor.redo': 'Redo',
  'editor.saving': 'Saving…',
  'editor.saved': 'Saved',
  'editor.offline': 'Offline — retrying',
} as const;

export type MessageKey = keyof typeof DEFAULTS;
const PREFIX = 'io.journeymaps.journey-maps.';

export function message(key: MessageKey, win: Window | null = typeof window === 'undefined' ? null : window): string {
  const getText = win?.AJS?.I18n?.getText;
  if (typeof getText === 'function') {
    const text = getText(PREFIX + key);
    // AJS answers the key itself when it does not know it.
    if (typeof text === 'string' && text !== '' && text !== PREFIX + key) {
      return text;
    }
  }
  return DEFAULTS[key];
}
