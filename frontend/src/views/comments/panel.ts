// The comments side panel: an Open/Resolved filter, the threads (anchor, author, time, body,
// replies) with reply, edit, delete, resolve and reopen, and a box to start a thread. Rebuilt from
// the controller's data on every change; drafts and focus survive the rebuild (data-key).
import type { AnchorRef, CommentData, ThreadData } from '../../api/comments';
import type { ViewContext } from '../context';
import { button, h, uid } from '../h';
import { anchorLabel, jumpToAnchor, threadAnchorLabel } from './anchors';
import { anchorKey, threadsOn, type CommentsController } from './controller';
import { commentBody } from './text';

export interface PanelState {
  filter: 'open' | 'resolved';
  /** Threads of one anchor only (opened from its badge or comment action); null for all. */
  anchor: AnchorRef | null;
  replying: number | null;
  editing: number | null;
  confirmDelete: number | null;
  drafts: Map<string, string>;
}

export function newPanelState(): PanelState {
  return { filter: 'open', anchor: null, replying: null, editing: null, confirmDelete: null, drafts: new Map() };
}

function when(iso: string, lang: string): HTMLElement {
  let text = iso;
  try {
    text = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  } catch {
    // an unknown locale: the ISO time is still readable
  }
  return h('time', { class: 'jm-comment-time', datetime: iso, text });
}

/** A textarea whose text survives re-rendering, with a submit and an optional cancel button. */
function editor(ctx: ViewContext, state: PanelState, key: string, label: string, submitLabel: string,
                submit: (text: string) => Promise<unknown>, cancel?: () => void, initial = ''): HTMLElement {
  const id = uid('jm-comment-input');
  const area = h('textarea', { id, class: 'jm-comment-input', dir: 'auto', rows: 3, maxlength: 4000, 'data-key': key });
  area.value = state.drafts.get(key) ?? initial;
  area.addEventListener('input', () => state.drafts.set(key, area.value));
  const send = button(submitLabel, () => {
    const text = area.value;
    if (text.trim() === '') {
      area.focus();
      return;
    }
    send.disabled = true;
    submit(text).then(() => { state.drafts.delete(key); }, () => {
      send.disabled = false;
      ctx.flag(ctx.t('comments.failed'));
    });
  }, { class: 'jm-button jm-button-primary', 'data-action': 'send-comment' });
  area.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      send.click();
    } else if (e.key === 'Escape' && cancel) {
      e.stopPropagation();
      cancel();
    }
  });
  return h('div', { class: 'jm-comment-form' }, h('label', { for: id, class: 'jm-comment-form-label', text: label }), area,
    h('div', { class: 'jm-comment-form-actions' }, send, cancel ? button(ctx.t('cancel'), cancel, { 'data-action': 'cancel-comment' }) : null));
}

interface PanelDeps { ctx: ViewContext; controller: CommentsController; state: PanelState; lang: string; rerender(): void }

/** One comment: author, time, edited mark, body, and the author's or moderator's actions. */
function commentEl(d: PanelDeps, c: CommentData): HTMLElement {
  const { ctx, controller, state } = d;
  const t = ctx.t;
  const mine = controller.isMine(c.author);
  const el = h('article', { class: 'jm-comment', 'data-comment-id': c.id },
    h('header', { class: 'jm-comment-meta' },
      h('span', { class: 'jm-comment-author', dir: 'auto', text: c.authorName ?? t('comments.former-user') }), ' ',
      when(c.created, d.lang),
      c.edited ? h('span', { class: 'jm-comment-edited', text: ` · ${t('comments.edited')}` }) : null));
  if (state.editing === c.id) {
    el.appendChild(editor(ctx, state, `edit:${c.id}`, t('comments.edit-label'), t('save'), async (text) => {
      await controller.api.edit(c.id, text);
      state.editing = null;
      await controller.refresh();
    }, () => { state.editing = null; state.drafts.delete(`edit:${c.id}`); d.rerender(); }, c.body));
    return el;
  }
  el.appendChild(commentBody(c.body));
  const actions: HTMLElement[] = [];
  if (mine && controller.canComment()) {
    actions.push(button(t('comments.edit'), () => { state.editing = c.id; d.rerender(); focusKey(ctx, `edit:${c.id}`); },
      { class: 'jm-link-button jm-button', 'data-action': 'edit-comment' }));
  }
  if ((mine && controller.canComment()) || controller.canModerate()) {
    const confirming = state.confirmDelete === c.id;
    actions.push(button(confirming ? t('comments.confirm-delete') : t('comments.delete'), () => {
      if (!confirming) {
        state.confirmDelete = c.id;
        d.rerender();
        focusKey(ctx, `delete:${c.id}`);
        return;
      }
      state.confirmDelete = null;
      controller.api.remove(c.id).then(() => controller.refresh(), () => ctx.flag(t('comments.failed')));
    }, { class: `jm-link-button jm-button${confirming ? ' jm-is-confirming' : ''}`, 'data-action': 'delete-comment', 'data-key': `delete:${c.id}` }));
  }
  if (actions.length > 0) el.appendChild(h('div', { class: 'jm-comment-actions' }, ...actions));
  return el;
}

function focusKey(ctx: ViewContext, key: string): void {
  ctx.root.querySelector<HTMLElement>(`[data-key="${key}"]`)?.focus();
}

function threadEl(d: PanelDeps, thread: ThreadData): HTMLElement {
  const { ctx, controller, state } = d;
  const t = ctx.t;
  const label = threadAnchorLabel(ctx, thread);
  const anchorEl = thread.anchorRemoved
    ? h('span', { class: 'jm-thread-anchor jm-is-removed', dir: 'auto', text: label })
    : button(label, () => { jumpToAnchor(ctx, thread.anchor); }, { class: 'jm-link-button jm-button jm-thread-anchor', dir: 'auto', title: t('comments.show'), 'data-action': 'jump' });
  const li = h('li', { class: `jm-thread${thread.resolved ? ' jm-is-resolved' : ''}`, 'data-thread-id': thread.id, 'data-resolved': String(thread.resolved),
    'aria-label': t('comments.thread', thread.authorName ?? t('comments.former-user'), label) },
  anchorEl, commentEl(d, thread));
  if (thread.replies.length > 0) {
    li.appendChild(h('ul', { class: 'jm-replies' }, ...thread.replies.map((r) => h('li', {}, commentEl(d, r)))));
  }
  if (controller.canComment()) {
    if (state.replying === thread.id) {
      li.appendChild(editor(ctx, state, `reply:${thread.id}`, t('comments.reply-label', thread.authorName ?? t('comments.former-user')), t('comments.reply'),
        async (text) => {
          await controller.api.reply(thread.id, text);
          state.replying = null;
          await controller.refresh();
        }, () => { state.replying = null; d.rerender(); }));
    }
    const bar = h('div', { class: 'jm-thread-actions' });
    if (state.replying !== thread.id) {
      bar.appendChild(button(t('comments.reply'), () => { state.replying = thread.id; d.rerender(); focusKey(ctx, `reply:${thread.id}`); },
        { class: 'jm-button', 'data-action': 'reply' }));
    }
    bar.appendChild(button(thread.resolved ? t('comments.reopen') : t('comments.resolve'), () => {
      const act = thread.resolved ? controller.api.reopen(thread.id) : controller.api.resolve(thread.id);
      act.then(() => controller.refresh(), () => ctx.flag(t('comments.failed')));
    }, { class: 'jm-button', 'data-action': thread.resolved ? 'reopen' : 'resolve' }));
    li.appendChild(bar);
  }
  // Clicking the thread itself (not one of its controls) also shows its anchor.
  li.addEventListener('click', (e) => {
    if (!thread.anchorRemoved && !(e.target as HTMLElement).closest('button, a, textarea, input, label')) jumpToAnchor(ctx, thread.anchor);
  });
  return li;
}

export function renderPanel(d: PanelDeps, close: () => void, headingId: string): HTMLElement[] {
  const { ctx, controller, state } = d;
  const t = ctx.t;
  const data = controller.data;
  const all = threadsOn(data, state.anchor);
  const open = all.filter((th) => !th.resolved);
  const resolved = all.filter((th) => th.resolved);
  const closeButton = button(t('comments.close'), close, { class: 'jm-button jm-icon-button', 'data-action': 'close-comments' }, '✕');
  const filterButton = (value: PanelState['filter'], text: string) => {
    const b = button(text, () => { state.filter = value; d.rerender(); focusKey(ctx, `filter:${value}`); },
      { class: 'jm-button jm-comments-filter-button', 'aria-pressed': String(state.filter === value), 'data-filter': value, 'data-key': `filter:${value}` });
    return b;
  };
  const parts: HTMLElement[] = [
    h('div', { class: 'jm-comments-head' }, h('h3', { id: headingId, class: 'jm-comments-title', text: t('comments.panel') }), closeButton),
    h('div', { class: 'jm-comments-filter', role: 'group', 'aria-label': t('comments.filter') },
      filterButton('open', t('comments.open', open.length)), filterButton('resolved', t('comments.resolved', resolved.length))),
  ];
  if (state.anchor) {
    parts.push(h('p', { class: 'jm-comments-scope' }, h('span', { dir: 'auto', text: anchorLabel(ctx, state.anchor) }), ' ',
      button(t('comments.all'), () => { state.anchor = null; d.rerender(); }, { class: 'jm-link-button jm-button', 'data-action': 'all-threads' })));
  }
  // A new thread is always open, so the box to start one belongs under Open only.
  if (controller.canComment() && state.filter === 'open') {
    const target = state.anchor ?? { type: 'MAP' as const, id: null };
    const key = `compose:${anchorKey(target)}`;
    parts.push(editor(ctx, state, key, t('comments.new', anchorLabel(ctx, target)), t('comments.post'), async (text) => {
      await controller.api.start(controller.mapId, target, text);
      state.filter = 'open';
      state.drafts.delete(key);
      await controller.refresh();
    }));
  } else if (data && !data.currentUser) {
    parts.push(h('p', { class: 'jm-comments-note', text: t('comments.sign-in') }));
  }
  const shown = state.filter === 'open' ? open : resolved;
  parts.push(shown.length === 0
    ? h('p', { class: 'jm-comments-empty', text: state.filter === 'open' ? t('comments.none-open') : t('comments.none-resolved') })
    : h('ul', { class: 'jm-threads' }, ...shown.map((th) => threadEl(d, th))));
  return parts;
}
