// A freshly inserted macro has no map yet: offer the built-in templates (in the UI language);
// choosing one creates the map (POST /maps) and hands it to the editor.
import type { MapData } from '../editor/contract';
import { messagesFor, uiDirection } from '../messages';
import { createMap, listTemplates, type TemplateInfo } from './api';
import { showFlag } from './flags';
import { h, uid } from './h';

export interface ChooserConfig {
  restBase: string; pageId: number; macroKey: string; uiLanguage: string;
  /** The language of the templates offered and of the map created; the UI language when absent. */
  templateLanguage?: string;
}

export function showTemplateChooser(container: HTMLElement, config: ChooserConfig, created: (map: MapData) => void): Promise<void> {
  const t = messagesFor(config.uiLanguage);
  const language = config.templateLanguage || config.uiLanguage;
  const titleId = uid('jm-chooser-title');
  const list = h('ul', { class: 'jm-template-list', 'aria-busy': 'true' });
  const status = h('p', { class: 'jm-muted', role: 'status', text: t('loading') });
  const panel = h('section', { class: 'jm-template-chooser', role: 'dialog', 'aria-labelledby': titleId, lang: config.uiLanguage, dir: uiDirection(config.uiLanguage) },
    h('h2', { id: titleId, class: 'jm-dialog-title', text: t('choose-template') }),
    h('p', { text: t('template-intro') }), status, list);
  container.replaceChildren(panel);
  const choose = (tpl: TemplateInfo, b: HTMLButtonElement) => {
    list.querySelectorAll('button').forEach((x) => { x.disabled = true; });
    b.setAttribute('aria-busy', 'true');
    status.textContent = t('creating');
    createMap(config.restBase, { pageId: config.pageId, template: tpl.id, language, macroKey: config.macroKey })
      .then((map) => created(map), () => {
        list.querySelectorAll('button').forEach((x) => { x.disabled = false; });
        b.removeAttribute('aria-busy');
        status.textContent = '';
        showFlag(panel, t('create-failed'), t('dismiss'));
      });
  };
  return listTemplates(config.restBase, language).then((templates) => {
    list.removeAttribute('aria-busy');
    status.textContent = '';
    for (const tpl of templates) {
      const b = h('button', { type: 'button', class: 'jm-template', 'data-template-id': tpl.id },
        h('span', { class: 'jm-template-name', dir: 'auto', text: tpl.name }),
        h('span', { class: 'jm-template-desc', dir: 'auto', text: tpl.description }),
        h('span', { class: 'jm-template-size', text: t('template-size', tpl.stageCount, tpl.stepCount, tpl.laneCount) }));
      b.addEventListener('click', () => choose(tpl, b));
      list.appendChild(h('li', {}, b));
    }
    list.querySelector('button')?.focus({ preventScroll: true });
  }, () => {
    list.removeAttribute('aria-busy');
    status.textContent = '';
    showFlag(panel, t('load-failed'), t('dismiss'));
  });
}
