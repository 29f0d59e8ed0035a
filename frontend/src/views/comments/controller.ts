// The comments of one map as the editor holds them: loaded once, refetched when the version poll
// reports a new comment stamp (others commented) or after the user's own change. Views read counts
// and threads from here and re-render on change; nothing is kept between page loads.
import type { AnchorRef, CommentsApi, MapCommentsData, ThreadData } from '../../api/comments';
import { watchMapStatus } from '../../api/maps';

export interface CommentsController {
  readonly data: MapCommentsData | null;
  canComment(): boolean;
  canModerate(): boolean;
  /** Is this (author key) the signed-in user? */
  isMine(author: string): boolean;
  /** Open threads on the anchor (0 before the first load). */
  openCount(anchor: AnchorRef): number;
  /** Reloads now; resolves once the new data is there (failures keep the old data). */
  refresh(): Promise<void>;
  /** The comment stamp the poll reported: refetches when it moved. */
  stamp(value: string | undefined): void;
  api: CommentsApi;
  mapId: number;
  dispose(): void;
}

export function anchorKey(anchor: AnchorRef): string {
  return anchor.type === 'MAP' ? 'MAP' : `${anchor.type}:${anchor.id ?? ''}`;
}

export function threadsOn(data: MapCommentsData | null, anchor: AnchorRef | null): ThreadData[] {
  if (!data) return [];
  if (!anchor) return data.threads;
  const k = anchorKey(anchor);
  return data.threads.filter((t) => anchorKey(t.anchor) === k);
}

export function createCommentsController(api: CommentsApi, mapId: number, onChange: () => void,
                                         initial: MapCommentsData | null = null): CommentsController {
  let data: MapCommentsData | null = initial;
  let counts = new Map<string, number>(initial ? initial.counts.map((c) => [anchorKey(c), c.open]) : []);
  let lastStamp: string | undefined;
  let loading: Promise<void> | null = null;
  let again = false;
  let disposed = false;

  const load = async (): Promise<void> => {
    try {
      const next = await api.list(mapId);
      if (disposed) return;
      data = next;
      counts = new Map(next.counts.map((c) => [anchorKey(c), c.open]));
      onChange();
    } catch {
      // offline or gone: keep what we have; the next stamp or action tries again
    }
  };

  const refresh = (): Promise<void> => {
    if (loading) {
      again = true; // a change arrived while loading: load once more afterwards
      return loading;
    }
    loading = load().then(async () => {
      while (again && !disposed) {
        again = false;
        await load();
      }
    }).finally(() => { loading = null; });
    return loading;
  };

  const unwatch = watchMapStatus(mapId, (status) => controller.stamp(status.comments));

  const controller: CommentsController = {
    get data() { return data; },
    canComment: () => data?.canComment === true,
    canModerate: () => data?.canModerate === true,
    isMine: (author) => !!data?.currentUser && data.currentUser === author,
    openCount: (anchor) => counts.get(anchorKey(anchor)) ?? 0,
    refresh,
    stamp(value) {
      // The first stamp refetches too: a comment may have come between our first load and this poll.
      if (value === undefined || value === lastStamp) return;
      lastStamp = value;
      void refresh();
    },
    api,
    mapId,
    dispose() {
      disposed = true;
      unwatch();
    },
  };
  if (!initial) void refresh();
  return controller;
}
