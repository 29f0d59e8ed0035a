/** What the server-rendered container tells the editor (see templates/journey-map.vm). */
export interface ContainerConfig {
  mapId: string;
  mapVersion: number;
  restBase: string;
  canEdit: boolean;
  uiLanguage: string;
  dir: 'ltr' | 'rtl';
}

/** A macro without a map yet (data-needs-template="true"): the template chooser's inputs. */
export interface TemplateConfig {
  pageId: number;
  macroKey: string;
  restBase: string;
  uiLanguage: string;
  /** The template language the macro asks for (its language parameter); '' for the UI language. */
  templateLanguage: string;
  canEdit: boolean;
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

/** The template chooser's config; null unless the container asks for a template. */
export function readTemplateConfig(el: HTMLElement): TemplateConfig | null {
  if (el.dataset.needsTemplate !== 'true') {
    return null;
  }
  return {
    pageId: Number(el.dataset.pageId ?? '0'),
    macroKey: el.dataset.macroKey ?? '',
    restBase: el.dataset.restBase ?? '',
    uiLanguage: el.dataset.uiLanguage || 'en',
    templateLanguage: el.dataset.templateLanguage ?? '',
    canEdit: el.dataset.canEdit !== 'false',
  };
}
