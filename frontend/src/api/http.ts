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

/**
 * The one fetch helper: context path, JSON in and out. The JSON content type is what keeps
 * Confluence's XSRF check satisfied for writes, so every request with a body sends it.
 */
export async function requestJson<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(resolveUrl(path), init);
  const text = await response.text();
  const parsed: unknown = text === '' ? null : safeParse(text);
  if (!response.ok) {
    throw new HttpError(response.status, parsed);
  }
  return parsed as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
