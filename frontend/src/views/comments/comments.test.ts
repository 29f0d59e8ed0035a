import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnchorRef, CommentData, CommentsApi, MapCommentsData, ThreadData } from '../../api/comments';
import { getMapVersion } from '../../api/maps';
import { fixtureMap } from '../testing/fixtures';
import { byName, fakeApi, renderEditor } from '../testing/render';
import { commentBody } from './text';

afterEach(() => { document.body.innerHTML = ''; vi.restoreAllMocks(); });

let nextId = 100;
function comment(over: Partial<CommentData> = {}): CommentData {
  nextId += 1;
  return { id: nextId, mapId: 42, anchor: { type: 'CARD', id: 'c4' }, parentId: null, author: 'bob', authorName: 'Bob Brown',
    body: 'Hello', created: '2026-03-01T10:00:00Z', edited: null, resolved: false, ...over };
}
function thread(over: Partial<ThreadData> = {}): ThreadData {
  return { ...comment(over), anchorRemoved: false, replies: [], ...over };
}

/** An in-memory comments server behind the CommentsApi. */
function fakeComments(threads: ThreadData[], who: { currentUser: string | null; canComment?: boolean; canModerate?: boolean } = { currentUser: 'alice' }) {
  const data = { threads };
  const list = (): MapCommentsData => {
    const counts = new Map<string, { type: AnchorRef['type']; id: string | null; threads: number; open: number; comments: number }>();
    for (const th of data.threads) {
      const k = `${th.anchor.type}:${th.anchor.id}`;
      const c = counts.get(k) ?? { ...th.anchor, threads: 0, open: 0, comments: 0 };
      c.threads += 1; c.open += th.resolved ? 0 : 1; c.comments += 1 + th.replies.length;
      counts.set(k, c);
    }
    return { mapId: 42, canComment: who.canComment ?? who.currentUser !== null, canModerate: who.canModerate ?? false,
      currentUser: who.currentUser, threads: JSON.parse(JSON.stringify(data.threads)) as ThreadData[], counts: [...counts.values()] };
  };
  const api: CommentsApi = {
    list: vi.fn(async () => list()),
    start: vi.fn(async (_m: number, anchor: AnchorRef, body: string) => {
      const th = thread({ anchor, body, author: who.currentUser ?? '', authorName: 'Alice Adams' });
      data.threads.push(th);
      return th;
    }),
    reply: vi.fn(async (id: number, body: string) => {
      const c = comment({ parentId: id, body, author: who.currentUser ?? '', authorName: 'Alice Adams' });
      data.threads.find((th) => th.id === id)!.replies.push(c);
      return c;
    }),
    edit: vi.fn(async (id: number, body: string) => {
      const th = data.threads.find((x) => x.id === id)!;
      th.body = body; th.edited = '2026-03-02T10:00:00Z';
      return th;
    }),
    remove: vi.fn(async (id: number) => { data.threads = data.threads.filter((x) => x.id !== id); }),
    resolve: vi.fn(async (id: number) => { const th = data.threads.find((x) => x.id === id)!; th.resolved = true; return th; }),
    reopen: vi.fn(async (id: number) => { const th = data.threads.find((x) => x.id === id)!; th.resolved = false; return th; }),
  };
  return { api, data };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

async function mount(threads: ThreadData[], opts: { canEdit?: boolean; currentUser?: string | null; canModerate?: boolean; lang?: string } = {}) {
  const server = fakeComments(threads, { currentUser: opts.currentUser === undefined ? 'alice' : opts.currentUser, canModerate: opts.canModerate });
  const rendered = renderEditor(fixtureMap(), { canEdit: opts.canEdit ?? true, lang: opts.lang, api: { ...fakeApi(), comments: server.api } });
  await flush();
  await flush();
  return { ...rendered, server };
}

function openPanel(root: HTMLElement): void {
  root.querySelector<HTMLButtonElement>('[data-action=comments]')!.click();
}

function panel(root: HTMLElement): HTMLElement {
  return root.querySelector<HTMLElement>('.jm-comments-panel')!;
}

describe('comment badges', () => {
  it('show the number of open threads on cards, step and stage headers, with a spoken label', async () => {
    const { root } = await mount([thread(), thread(), thread({ resolved: true }),
      thread({ anchor: { type: 'STEP', id: 'st2' } }), thread({ anchor: { type: 'STAGE', id: 'S1' } })]);

    const card = root.querySelector('[data-card-id="c4"] .jm-comment-badge')!;
    expect(card.getAttribute('aria-label')).toBe('2 comments');
    expect(card.textContent).toContain('2');
    expect(root.querySelector('th[data-step-id="st2"] .jm-comment-badge')!.getAttribute('aria-label')).toBe('1 comment');
    expect(root.querySelector('th[data-stage-id="S1"] .jm-comment-badge')).not.toBeNull();
    expect(root.querySelector('[data-card-id="c5"] .jm-comment-badge')).toBeNull();
    expect(root.querySelector('[data-action=comments]')!.textContent).toBe('Comments (4)');
  });

  it('show a map-level badge in the toolbar for threads on the map', async () => {
    const { root } = await mount([thread({ anchor: { type: 'MAP', id: null } })]);

    const badge = root.querySelector<HTMLButtonElement>('.jm-map-badge')!;
    expect(badge.hidden).toBe(false);
    expect(badge.getAttribute('aria-label')).toBe('Comments on the map: 1 comment');
    badge.click();
    expect(panel(root).hidden).toBe(false);
    expect(panel(root).querySelectorAll('.jm-thread')).toHaveLength(1);
  });

  it('open the panel on that anchor\'s threads when clicked', async () => {
    const { root } = await mount([thread({ body: 'on c4' }), thread({ anchor: { type: 'CARD', id: 'c5' }, body: 'on c5' })]);

    root.querySelector<HTMLButtonElement>('[data-card-id="c5"] .jm-comment-badge')!.click();

    const bodies = Array.from(panel(root).querySelectorAll('.jm-comment-body')).map((b) => b.textContent);
    expect(bodies).toEqual(['on c5']);
    expect(panel(root).querySelector('.jm-comments-scope')!.textContent).toContain('on card “Dealer is late”');
  });
});

describe('comment badges in the table view', () => {
  it('show the open threads of each card row with a spoken label and open the panel on that card', async () => {
    const { root, server } = await mount([thread({ body: 'first' }), thread({ body: 'second' }), thread({ resolved: true }),
      thread({ anchor: { type: 'CARD', id: 'c5' }, body: 'on c5' })]);
    byName(root, 'Table view').click();

    const badge = root.querySelector<HTMLButtonElement>('tr[data-card-id="c4"] .jm-comment-badge')!;
    expect(badge.getAttribute('aria-label')).toBe('2 comments');
    expect(badge.textContent).toBe('2');
    expect(root.querySelector('tr[data-card-id="c5"] .jm-comment-badge')!.getAttribute('aria-label')).toBe('1 comment');
    expect(root.querySelector('tr[data-card-id="c1"] .jm-comment-badge')).toBeNull();
    expect(root.querySelector('tr[data-card-id] [data-action=comment]')).toBeNull();

    badge.click();
    expect(panel(root).hidden).toBe(false);
    expect(Array.from(panel(root).querySelectorAll('.jm-comment-body')).map((b) => b.textContent)).toEqual(['first', 'second']);
    expect(panel(root).querySelector('.jm-comments-scope')!.textContent).toContain('on card “Reviews contradict”');

    // Resolving a thread updates the row's badge in place.
    const row = root.querySelector('tr[data-card-id="c4"]');
    byName(panel(root), 'Resolve').click();
    await flush(); await flush();
    expect(server.api.resolve).toHaveBeenCalled();
    expect(root.querySelector('tr[data-card-id="c4"]')).toBe(row);
    expect(root.querySelector('tr[data-card-id="c4"] .jm-comment-badge')!.getAttribute('aria-label')).toBe('1 comment');
  });
});

describe('the comments panel', () => {
  it('lists threads with anchor, author, time, replies, and filters open and resolved', async () => {
    const open = thread({ body: 'Still wrong', replies: [comment({ author: 'alice', authorName: 'Alice Adams', body: 'Agreed' })] });
    const { root } = await mount([open, thread({ resolved: true, body: 'Fixed', anchor: { type: 'CARD', id: 'gone' }, anchorRemoved: true })]);
    openPanel(root);
    const p = panel(root);

    expect(p.querySelector('[data-filter=open]')!.textContent).toBe('Open (1)');
    expect(p.querySelector('[data-filter=open]')!.getAttribute('aria-pressed')).toBe('true');
    const li = p.querySelector('.jm-thread')!;
    expect(li.querySelector('.jm-thread-anchor')!.textContent).toBe('on card “Reviews contradict”');
    expect(li.querySelector('.jm-comment-author')!.textContent).toBe('Bob Brown');
    expect(li.querySelector('time')!.getAttribute('datetime')).toBe('2026-03-01T10:00:00Z');
    expect(li.querySelector('.jm-replies .jm-comment-body')!.textContent).toBe('Agreed');

    p.querySelector<HTMLButtonElement>('[data-filter=resolved]')!.click();
    const resolved = panel(root).querySelectorAll('.jm-thread');
    expect(resolved).toHaveLength(1);
    expect(resolved[0].querySelector('.jm-thread-anchor')!.textContent).toBe('on a removed card');
    expect(resolved[0].querySelector('button.jm-thread-anchor')).toBeNull();
  });

  it('starts a thread from a card\'s Comment action', async () => {
    const { root, server } = await mount([], { canEdit: false });
    byName(root, 'Comment on card “Dealer is late”').click();
    const area = panel(root).querySelector<HTMLTextAreaElement>('textarea')!;
    expect(document.activeElement).toBe(area);

    area.value = 'Took 40 minutes';
    area.dispatchEvent(new Event('input'));
    byName(panel(root), 'Comment').click();
    await flush(); await flush();

    expect(server.api.start).toHaveBeenCalledWith(42, { type: 'CARD', id: 'c5' }, 'Took 40 minutes');
    expect(root.querySelector('[data-card-id="c5"] .jm-comment-badge')!.getAttribute('aria-label')).toBe('1 comment');
    expect(panel(root).querySelector('.jm-comment-body')!.textContent).toBe('Took 40 minutes');
    expect(panel(root).querySelector('textarea')!.value).toBe('');
  });

  it('shows the box for a new thread under Open only', async () => {
    const { root } = await mount([thread(), thread({ resolved: true })]);
    openPanel(root);
    const compose = () => panel(root).querySelector('[data-key^="compose:"]');

    expect(compose()).not.toBeNull();
    panel(root).querySelector<HTMLButtonElement>('[data-filter=resolved]')!.click();
    expect(panel(root).querySelectorAll('.jm-thread')).toHaveLength(1);
    expect(compose()).toBeNull();
    expect(panel(root).querySelector('[data-action=send-comment]')).toBeNull();
    panel(root).querySelector<HTMLButtonElement>('[data-filter=open]')!.click();
    expect(compose()).not.toBeNull();
  });

  it('replies, resolves and reopens', async () => {
    const th = thread();
    const { root, server } = await mount([th]);
    openPanel(root);

    byName(panel(root), 'Reply').click();
    const area = panel(root).querySelector<HTMLTextAreaElement>(`[data-key="reply:${th.id}"]`)!;
    area.value = 'On it';
    byName(panel(root), 'Reply').click();
    await flush(); await flush();
    expect(server.api.reply).toHaveBeenCalledWith(th.id, 'On it');
    expect(panel(root).querySelector('.jm-replies')!.textContent).toContain('On it');

    byName(panel(root), 'Resolve').click();
    await flush(); await flush();
    expect(panel(root).querySelector('[data-filter=resolved]')!.textContent).toBe('Resolved (1)');
    expect(root.querySelector('[data-card-id="c4"] .jm-comment-badge')).toBeNull();

    panel(root).querySelector<HTMLButtonElement>('[data-filter=resolved]')!.click();
    byName(panel(root), 'Reopen').click();
    await flush(); await flush();
    expect(server.api.reopen).toHaveBeenCalledWith(th.id);
  });

  it('lets authors edit and delete their own comments, and only moderators delete others\'', async () => {
    const mine = thread({ author: 'alice', authorName: 'Alice Adams', body: 'Mine' });
    const theirs = thread({ body: 'Theirs' });
    const { root, server } = await mount([mine, theirs]);
    openPanel(root);
    const actionsOf = (id: number) => Array.from(panel(root).querySelectorAll(`[data-comment-id="${id}"] .jm-comment-actions button`)).map((b) => b.textContent);

    expect(actionsOf(mine.id)).toEqual(['Edit', 'Delete']);
    expect(actionsOf(theirs.id)).toEqual([]);

    panel(root).querySelector<HTMLButtonElement>(`[data-comment-id="${mine.id}"] [data-action=edit-comment]`)!.click();
    const area = panel(root).querySelector<HTMLTextAreaElement>(`[data-key="edit:${mine.id}"]`)!;
    expect(area.value).toBe('Mine');
    area.value = 'Mine, edited';
    byName(panel(root), 'Save').click();
    await flush(); await flush();
    expect(server.api.edit).toHaveBeenCalledWith(mine.id, 'Mine, edited');
    expect(panel(root).querySelector(`[data-comment-id="${mine.id}"] .jm-comment-edited`)).not.toBeNull();

    const del = () => panel(root).querySelector<HTMLButtonElement>(`[data-comment-id="${mine.id}"] [data-action=delete-comment]`)!;
    del().click();
    expect(del().textContent).toBe('Really delete?');
    expect(server.api.remove).not.toHaveBeenCalled();
    del().click();
    await flush(); await flush();
    expect(server.api.remove).toHaveBeenCalledWith(mine.id);

    document.body.innerHTML = '';
    const moderator = await mount([thread({ body: 'Theirs' })], { canModerate: true });
    openPanel(moderator.root);
    expect(Array.from(panel(moderator.root).querySelectorAll('.jm-comment-actions button')).map((b) => b.textContent)).toEqual(['Delete']);
  });

  it('is read-only for anonymous visitors', async () => {
    const { root } = await mount([thread()], { currentUser: null, canEdit: false });
    openPanel(root);

    expect(panel(root).querySelector('textarea')).toBeNull();
    expect(panel(root).querySelector('[data-action=reply], [data-action=resolve]')).toBeNull();
    expect(panel(root).textContent).toContain('Log in to comment.');
    expect(root.querySelector('[data-action=comment]')).toBeNull();
    expect(root.querySelector('[data-card-id="c4"] .jm-comment-badge')).not.toBeNull();
  });

  it('jumps to the anchor when a thread is clicked', async () => {
    const { root } = await mount([thread({ anchor: { type: 'STEP', id: 'st3' } })]);
    openPanel(root);

    panel(root).querySelector<HTMLButtonElement>('.jm-thread-anchor')!.click();

    const step = root.querySelector('th[data-step-id="st3"]')!;
    expect(document.activeElement).toBe(step);
    expect(step.classList.contains('jm-comment-target')).toBe(true);
  });

  it('shows Arabic strings and marks user text dir=auto', async () => {
    const { root } = await mount([thread({ body: 'مرحبا' })], { lang: 'ar' });
    openPanel(root);

    expect(panel(root).querySelector('.jm-comment-body')!.getAttribute('dir')).toBe('auto');
    expect(panel(root).querySelector('.jm-comment-author')!.getAttribute('dir')).toBe('auto');
    expect(panel(root).querySelector('[data-filter=open]')!.textContent).toBe('مفتوحة (1)');
  });
});

describe('comment bodies', () => {
  it('keep text as text and turn only http(s) addresses into links', () => {
    const p = commentBody('See <img src=x onerror=alert(1)> at https://example.com/a?b=1.\nAnd javascript:alert(2) or http://x.org)');

    expect(p.querySelector('img')).toBeNull();
    expect(p.textContent).toBe('See <img src=x onerror=alert(1)> at https://example.com/a?b=1.\nAnd javascript:alert(2) or http://x.org)');
    const links = Array.from(p.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.com/a?b=1', 'http://x.org/']);
    expect(links[0].textContent).toBe('https://example.com/a?b=1');
    expect(links[0].rel).toContain('noopener');
    expect(p.getAttribute('dir')).toBe('auto');
  });
});

describe('live comments', () => {
  it('refetch when the version poll reports a new comment stamp, and not otherwise', async () => {
    const { root, server } = await mount([]);
    const listed = () => (server.api.list as ReturnType<typeof vi.fn>).mock.calls.length;
    const before = listed();
    // The store's version poll goes through getMapVersion, which tells the comments the stamp.
    const notify = async (comments: string) => {
      vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify({ id: 42, version: 3, comments }), { status: 200 }));
      await getMapVersion('/rest', 42);
      await flush(); await flush();
    };

    const card = root.querySelector('[data-card-id="c4"]');
    await notify('1');
    expect(listed()).toBe(before + 1);
    server.data.threads.push(thread({ body: 'from bob' }));
    await notify('2');
    expect(listed()).toBe(before + 2);
    await notify('2');
    expect(listed()).toBe(before + 2);
    expect(root.querySelector('[data-card-id="c4"] .jm-comment-badge')!.getAttribute('aria-label')).toBe('1 comment');
    expect(root.querySelector('[data-card-id="c4"]')).toBe(card); // patched in place, not re-rendered
    expect(root.querySelector('.jm-visually-hidden[aria-live]')!.textContent).toBe('New comments');
  });
});
