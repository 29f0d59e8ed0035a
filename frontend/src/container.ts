/** What the server-rendered container tells the editor (see templates/journey-map.vm). */
export interface ContainerConfig {
  mapId: string;
  mapVersion: number;
  restBase: string;
  canEdit: boolean;
  uiLanguage: string;
  dir: 'ltr' | 'rtl';
}

export const CONTAINER_SELECTOR = '.journey-map-container';

/** Reads the data attributes; null when the container lacks a map id (nothing to attach to). */
export function readConfig(el: HTMLElement): ContainerConfig | null {
  const mapId = el.dataset.mapId ?? '';
  if (mapId === '') {
    return null;
  }
  const version = Number(el.dataset.mapVersion);
  return {
    mapId,
    mapVersion: Number.isFinite(version) ? version : 0,
    restBase: el.dataset.restBase ?? '',
    canEdit: el.dataset.canEdit === 'true',
    uiLanguage: el.dataset.uiLanguage || 'en',
    dir: el.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr',
  };
}
