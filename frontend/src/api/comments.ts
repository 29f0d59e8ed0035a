// One typed client for the comment endpoints (GET|POST /maps/{id}/comments, /comments/{id}…).
import { requestJson } from './http';

export type AnchorType = 'MAP' | 'STAGE' | 'STEP' | 'CARD';
/** What a thread is on; the MAP anchor has a null id. */
export interface AnchorRef { type: AnchorType; id: string | null }

export interface CommentData {
  id: number; mapId: number; anchor: AnchorRef; parentId: number | null;
  /** The author's user key; authorName is their display name (null when the host no longer knows them). */
  author: string; authorName?: string | null;
  body: string; created: string; edited: string | null; resolved: boolean;
}
export interface ThreadData extends CommentData { anchorRemoved: boolean; replies: CommentData[] }
export interface AnchorCount extends AnchorRef { threads: number; open: number; comments: number }
export interface MapCommentsData {
  mapId: number; canComment: boolean; canModerate: boolean; threads: ThreadData[]; counts: AnchorCount[];
  /** The signed-in user's key; null for anonymous visitors. */
  currentUser?: string | null;
}

export interface CommentsApi {
  list(mapId: number): Promise<MapCommentsData>;
  start(mapId: number, anchor: AnchorRef, body: string): Promise<ThreadData>;
  reply(commentId: number, body: string): Promise<CommentData>;
  edit(commentId: number, body: string): Promise<CommentData>;
  remove(commentId: number): Promise<void>;
  resolve(commentId: number): Promise<CommentData>;
  reopen(commentId: number): Promise<CommentData>;
}

export function commentsApi(restBase: string): CommentsApi {
  const comment = (id: number) => `${restBase}/comments/${encodeURIComponent(String(id))}`;
  return {
    list: (mapId) => requestJson('GET', `${restBase}/maps/${encodeURIComponent(String(mapId))}/comments`),
    start: (mapId, anchor, body) => requestJson('POST', `${restBase}/maps/${encodeURIComponent(String(mapId))}/comments`,
      { anchor: anchor.type === 'MAP' ? { type: 'MAP' } : anchor, body }),
    reply: (id, body) => requestJson('POST', `${comment(id)}/replies`, { body }),
    edit: (id, body) => requestJson('PUT', comment(id), { body }),
    remove: async (id) => { await requestJson('DELETE', comment(id)); },
    resolve: (id) => requestJson('POST', `${comment(id)}/resolve`),
    reopen: (id) => requestJson('POST', `${comment(id)}/reopen`),
  };
}
