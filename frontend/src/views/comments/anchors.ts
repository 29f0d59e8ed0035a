// What a thread is on, in words ("on card “…”"), and jumping there: scroll, focus, highlight.
import type { AnchorRef, ThreadData } from '../../api/comments';
import type { MessageKey } from '../../messages';
import type { ViewContext } from '../context';
import { cardText, findStep } from '../model';

const SHORT = 60;

function short(text: string): string {
  return text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text;
}

/** The anchor's name in the map now, or null when it no longer exists. */
function anchorName(ctx: ViewContext, anchor: AnchorRef): string | null {
  const map = ctx.store.map;
  switch (anchor.type) {
    case 'MAP': return map.title;
    case 'STAGE': return map.stages.find((s) => s.id === anchor.id)?.name ?? null;
    case 'STEP': return anchor.id ? findStep(map, anchor.id)?.step.name ?? null : null;
    case 'CARD': {
      const card = map.cards.find((c) => c.id === anchor.id);
      return card ? short(cardText(card)) : null;
    }
  }
}

/** "on the map", "on card “…”", or "on a removed card" when the server or the map says it is gone. */
export function anchorLabel(ctx: ViewContext, anchor: AnchorRef, removed = false): string {
  if (anchor.type === 'MAP') return ctx.t('comments.on-map');
  const kind = anchor.type.toLowerCase() as 'stage' | 'step' | 'card';
  const name = removed ? null : anchorName(ctx, anchor);
  return name === null ? ctx.t(`comments.on-removed-${kind}` as MessageKey) : ctx.t(`comments.on-${kind}` as MessageKey, name);
}

export function threadAnchorLabel(ctx: ViewContext, thread: ThreadData): string {
  return anchorLabel(ctx, thread.anchor, thread.anchorRemoved);
}

function quote(id: string): string {
  return id.replace(/["\\]/g, '\\$&');
}

export function anchorElement(ctx: ViewContext, anchor: AnchorRef): HTMLElement | null {
  const root = ctx.root;
  switch (anchor.type) {
    case 'MAP': return root.querySelector<HTMLElement>('.jm-title');
    case 'STAGE': return root.querySelector<HTMLElement>(`th[data-stage-id="${quote(anchor.id ?? '')}"]`);
    case 'STEP': return root.querySelector<HTMLElement>(`th[data-step-id="${quote(anchor.id ?? '')}"]`);
    case 'CARD': return root.querySelector<HTMLElement>(`.jm-card[data-card-id="${quote(anchor.id ?? '')}"]`);
  }
}

const HIGHLIGHT = 'jm-comment-target';

/** Shows the anchor: the map view if the table was showing, then scroll, focus and a short highlight. */
export function jumpToAnchor(ctx: ViewContext, anchor: AnchorRef): boolean {
  if (ctx.state.mode !== 'map' && anchor.type !== 'MAP') {
    ctx.state.mode = 'map';
    ctx.refresh();
  }
  const el = anchorElement(ctx, anchor);
  if (!el) return false;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  ctx.root.querySelectorAll(`.${HIGHLIGHT}`).forEach((e) => e.classList.remove(HIGHLIGHT));
  el.classList.add(HIGHLIGHT);
  if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'smooth' });
  el.focus({ preventScroll: true });
  setTimeout(() => el.classList.remove(HIGHLIGHT), 3000);
  return true;
}
