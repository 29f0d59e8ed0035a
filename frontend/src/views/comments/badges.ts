// Per anchor: a badge with the number of open threads (a button that opens the panel on that
// anchor) and, for users who may comment, a "Comment" button that starts a thread there. The count
// is written out, so colour is never the only signal; the label says "2 comments".
import type { AnchorRef } from '../../api/comments';
import type { MessageKey } from '../../messages';
import type { ViewContext } from '../context';
import { h } from '../h';
import { commentIcon } from '../icons';

function signature(n: number, canComment: boolean): string {
  return `${n}|${canComment}`;
}

/**
 * Brings the badges of the rendered grid up to date in place (new comments from others, or the
 * first load): only anchors whose count changed get a new badge, so the grid's elements (and focus,
 * and an edit in progress) stay as they are.
 */
export function patchCommentControls(ctx: ViewContext): void {
  const ui = ctx.comments;
  if (!ui) return;
  const canComment = ui.controller.canComment();
  const patch = (host: HTMLElement, anchor: AnchorRef, name: string, inCell: boolean, before: Element | null) => {
    const old = host.querySelector<HTMLElement>(':scope > .jm-comment-controls');
    if ((old?.dataset.signature ?? signature(0, false)) === signature(ui.controller.openCount(anchor), canComment)) return;
    const next = commentControls(ctx, anchor, name, inCell);
    if (old && next) old.replaceWith(next);
    else if (old) old.remove();
    else if (next) host.insertBefore(next, before);
    if (next && inCell && host.closest('td')?.getAttribute('tabindex') === '0') next.querySelectorAll('button').forEach((b) => b.setAttribute('tabindex', '0'));
  };
  ctx.root.querySelectorAll<HTMLElement>('.jm-card[data-card-id]').forEach((card) => {
    const text = card.querySelector('[data-field=text]')?.textContent ?? '';
    patch(card, { type: 'CARD', id: card.dataset.cardId! }, cardLabel(ctx, text), true, card.querySelector(':scope > .jm-card-actions'));
  });
  // The table view's rows: the badge only (starting a thread is the map's or the panel's job).
  ctx.root.querySelectorAll<HTMLElement>('tr[data-card-id] > .jm-table-text').forEach((cell) => {
    const anchor: AnchorRef = { type: 'CARD', id: cell.parentElement!.dataset.cardId! };
    const old = cell.querySelector<HTMLElement>(':scope > .jm-comment-controls');
    if ((old?.dataset.signature ?? signature(0, false)) === signature(ui.controller.openCount(anchor), false)) return;
    const next = tableCommentBadge(ctx, anchor.id!);
    if (old && next) old.replaceWith(next);
    else if (old) old.remove();
    else if (next) cell.appendChild(next);
  });
  ctx.root.querySelectorAll<HTMLElement>('th[data-stage-id], th[data-step-id]').forEach((th) => {
    const name = th.querySelector('[data-field=name]')?.textContent ?? '';
    const anchor: AnchorRef = th.dataset.stageId ? { type: 'STAGE', id: th.dataset.stageId } : { type: 'STEP', id: th.dataset.stepId! };
    patch(th, anchor, name, false, th.querySelector(':scope > .jm-menu-wrap'));
  });
}

/** How a card is named in its comment action: its text, shortened. */
export function cardLabel(ctx: ViewContext, text: string): string {
  return text === '' ? ctx.t('empty-card') : text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export function countLabel(ctx: ViewContext, n: number): string {
  return n === 1 ? ctx.t('comments.one') : ctx.t('comments.many', n);
}

/** The badge and the comment action for one anchor; null when there is nothing to show. */
export function commentControls(ctx: ViewContext, anchor: AnchorRef, name: string, inCell: boolean): HTMLElement | null {
  const ui = ctx.comments;
  if (!ui) return null;
  const n = ui.controller.openCount(anchor);
  const canComment = ui.controller.canComment();
  if (n === 0 && !canComment) return null;
  const tabindex = inCell ? -1 : null;
  const wrap = h('span', { class: 'jm-comment-controls', 'data-signature': signature(n, canComment) });
  if (n > 0) wrap.appendChild(countBadge(ctx, anchor, n, tabindex));
  if (canComment) {
    const on = ctx.t(`comments.on-${anchor.type.toLowerCase()}` as MessageKey, name);
    const label = ctx.t('comments.comment-on', on);
    const add = h('button', { type: 'button', class: 'jm-button jm-icon-button jm-comment-add', 'data-action': 'comment', 'aria-label': label, title: label, tabindex },
      commentIcon(true));
    add.addEventListener('click', (e) => { e.stopPropagation(); ui.open(anchor, true); });
    wrap.appendChild(add);
  }
  return wrap;
}

/** The count badge: the number written out, spoken as "2 comments"; opens the panel on the anchor. */
function countBadge(ctx: ViewContext, anchor: AnchorRef, n: number, tabindex: number | null): HTMLElement {
  const label = countLabel(ctx, n);
  const badge = h('button', { type: 'button', class: 'jm-comment-badge', 'data-action': 'show-comments', 'aria-label': label, title: label, tabindex },
    commentIcon(), h('span', { 'aria-hidden': 'true', text: String(n) }));
  badge.addEventListener('click', (e) => { e.stopPropagation(); ctx.comments?.open(anchor, false); });
  return badge;
}

/** A table row's badge (open threads on the card), or null when it has none. */
export function tableCommentBadge(ctx: ViewContext, cardId: string): HTMLElement | null {
  const ui = ctx.comments;
  if (!ui) return null;
  const anchor: AnchorRef = { type: 'CARD', id: cardId };
  const n = ui.controller.openCount(anchor);
  if (n === 0) return null;
  return h('span', { class: 'jm-comment-controls', 'data-signature': signature(n, false) }, countBadge(ctx, anchor, n, null));
}
