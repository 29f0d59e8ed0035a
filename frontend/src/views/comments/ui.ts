// Comments in the editor: the controller (data, live refetch), the side panel and the toolbar's
// Comments button with the map-level badge. The grid asks ctx.comments for badges per anchor.
import type { AnchorRef, MapCommentsData } from '../../api/comments';
import type { ViewContext } from '../context';
import { h, uid } from '../h';
import { commentIcon } from '../icons';
import { countLabel } from './badges';
import { anchorKey, createCommentsController, type CommentsController } from './controller';
import { newPanelState, renderPanel, type PanelState } from './panel';

export interface CommentsUi {
  controller: CommentsController;
  /** The side panel (hidden while closed). */
  panel: HTMLElement;
  isOpen(): boolean;
  /** Opens the panel on one anchor's threads; with compose, focuses the box for a new thread there. */
  open(anchor: AnchorRef | null, compose: boolean): void;
  toggle(): void;
  /** The toolbar's Comments button and map badge, kept up to date. */
  toolbarItems(): HTMLElement;
  dispose(): void;
}

export function createCommentsUi(ctx: ViewContext, lang: string, onData: () => void, initial: MapCommentsData | null = null): CommentsUi | null {
  const api = ctx.api.comments;
  if (!api) return null;
  const state: PanelState = newPanelState();
  const headingId = uid('jm-comments-title');
  const panel = h('aside', { class: 'jm-comments-panel', id: uid('jm-comments'), 'aria-labelledby': headingId, hidden: true });
  let opened = false;
  const toggleButton = h('button', { type: 'button', class: 'jm-toolbar-button jm-comments-toggle', 'data-action': 'comments', 'aria-expanded': 'false', 'aria-controls': panel.id });
  const mapBadge = h('button', { type: 'button', class: 'jm-comment-badge jm-map-badge', 'data-action': 'show-map-comments', hidden: true });
  toggleButton.addEventListener('click', () => ui.toggle());
  mapBadge.addEventListener('click', () => ui.open({ type: 'MAP', id: null }, false));

  const renderPanelNow = () => {
    if (!opened) return;
    const doc = panel.ownerDocument;
    const focused = doc.activeElement as HTMLElement | null;
    const key = focused && panel.contains(focused) ? focused.dataset.key : undefined;
    const selection = focused instanceof HTMLTextAreaElement ? [focused.selectionStart, focused.selectionEnd] : null;
    panel.replaceChildren(...renderPanel({ ctx, controller, state, lang, rerender: renderPanelNow }, () => ui.toggle(), headingId));
    if (key) {
      const again = panel.querySelector<HTMLElement>(`[data-key="${key.replace(/["\\]/g, '\\$&')}"]`);
      again?.focus();
      if (again instanceof HTMLTextAreaElement && selection) again.setSelectionRange(selection[0], selection[1]);
    }
  };

  const updateToolbar = () => {
    const data = controller.data;
    const open = data ? data.threads.filter((th) => !th.resolved).length : 0;
    toggleButton.replaceChildren(ctx.t('comments.toggle'), open > 0 ? h('span', { class: 'jm-comment-total', text: ` (${open})` }) : '');
    toggleButton.setAttribute('aria-expanded', String(opened));
    const onMap = controller.openCount({ type: 'MAP', id: null });
    mapBadge.hidden = onMap === 0;
    const label = ctx.t('comments.on-map-badge', countLabel(ctx, onMap));
    mapBadge.setAttribute('aria-label', label);
    mapBadge.title = label;
    mapBadge.replaceChildren(commentIcon(), h('span', { 'aria-hidden': 'true', text: String(onMap) }));
  };

  const total = () => controller.data?.threads.reduce((n, th) => n + 1 + th.replies.length, 0) ?? 0;
  let known = initial ? initial.threads.reduce((n, th) => n + 1 + th.replies.length, 0) : null;
  const controller = createCommentsController(api, ctx.store.map.id, () => {
    // Screen readers hear that comments arrived (the badges alone are silent).
    const now = total();
    if (known !== null && now > known) ctx.announce(ctx.t('comments.added'));
    known = now;
    updateToolbar();
    renderPanelNow();
    onData();
  }, initial);

  const ui: CommentsUi = {
    controller,
    panel,
    isOpen: () => opened,
    open(anchor, compose) {
      opened = true;
      panel.hidden = false;
      state.anchor = anchor;
      state.filter = 'open';
      updateToolbar();
      renderPanelNow();
      const target = compose ? `compose:${anchorKey(anchor ?? { type: 'MAP', id: null })}` : null;
      const focus = (target && panel.querySelector<HTMLElement>(`[data-key="${target.replace(/["\\]/g, '\\$&')}"]`))
        || panel.querySelector<HTMLElement>('[data-filter=open]');
      focus?.focus();
    },
    toggle() {
      if (opened) {
        opened = false;
        panel.hidden = true;
        panel.replaceChildren();
        updateToolbar();
        toggleButton.focus();
      } else {
        ui.open(null, false);
      }
    },
    toolbarItems: () => h('span', { class: 'jm-comments-tools' }, toggleButton, mapBadge),
    dispose: () => controller.dispose(),
  };
  updateToolbar();
  return ui;
}
