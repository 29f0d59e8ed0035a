// Per anchor: a badge with the number of open threads (a button that opens the panel on that
// anchor) and, for users who may comment, a "Comment" button that starts a thread there. The count
// is written out, so colour is never the only signal; the label says "2 comments".
import type { AnchorRef } from '../../api/comments';
import type { MessageKey } from '../../messages';
import type { ViewContext } from '../context';
import { h } from '../h';

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
  const wrap = h('span', { class: 'jm-comment-controls' });
  if (n > 0) {
    const label = countLabel(ctx, n);
    const badge = h('button', { type: 'button', class: 'jm-comment-badge', 'data-action': 'show-comments', 'aria-label': label, title: label, tabindex },
      h('span', { 'aria-hidden': 'true', class: 'jm-comment-glyph', text: '💬' }), h('span', { 'aria-hidden': 'true', text: String(n) }));
    badge.addEventListener('click', (e) => { e.stopPropagation(); ui.open(anchor, false); });
    wrap.appendChild(badge);
  }
  if (canComment) {
    const on = ctx.t(`comments.on-${anchor.type.toLowerCase()}` as MessageKey, name);
    const label = ctx.t('comments.comment-on', on);
    const add = h('button', { type: 'button', class: 'jm-button jm-icon-button jm-comment-add', 'data-action': 'comment', 'aria-label': label, title: label, tabindex },
      h('span', { 'aria-hidden': 'true', text: '+💬' }));
    add.addEventListener('click', (e) => { e.stopPropagation(); ui.open(anchor, true); });
    wrap.appendChild(add);
  }
  return wrap;
}
