import { contextPath } from '../host';

/** A non-2xx answer from our REST API, with the parsed JSON body when there is one. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
    this.name = 'HttpError';
  }
}

/**
 * Turns a REST path into a URL under the context path. Paths that already start with the context
 * path (the macro's data-rest-base usually does) and absolute URLs are left as they are.
 */
export function resolveUrl(path: string, base: string = contextPath()): string {
  if (/^https?:\/\//i.test(path)) {
    return path;
  }
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  if (base === '' || withSlash === base || withSlash.startsWith(`${base}/`)) {
    return withSlash;
  }
  return base + withSlash;
}

/** A REST answer of any status: what callers that branch on the status (409, 503…) need. */
export interface JsonResponse {
  status: number;
  ok: boolean;
  headers: Headers;
  /** The parsed JSON body, the raw text when it is not JSON, null when empty. */
  body: unknown;
}

/**
 * The one fetch helper: context path, JSON in and out. The JSON content type is what keeps
 * Confluence's XSRF check satisfied for writes, so every request with a body sends it.
 * Resolves for every HTTP status; rejects only when the network fails.
 */
export async function sendJson(method: string, path: string, body?: unknown): Promise<JsonResponse> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(resolveUrl(path), init);
  const text = await response.text();
  const parsed: unknown = text === '' ? null : safeParse(text);
  return { status: response.status, ok: response.ok, headers: response.headers, body: parsed };
}

/** Like sendJson, but a non-2xx answer rejects with HttpError. */
export async function requestJson<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await sendJson(method, path, body);
  if (!response.ok) {
    throw new HttpError(response.status, response.body);
  }
  return response.body as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
