import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError, requestJson, resolveUrl } from './http';
import { getMap } from './maps';

afterEach(() => {
  vi.unstubAllGlobals();
  delete window.AJS;
  document.head.innerHTML = '';
});

describe('resolveUrl', () => {
  it('adds the context path once', () => {
    expect(resolveUrl('/rest/journey-maps/1.0/maps/1', '/confluence')).toBe('/confluence/rest/journey-maps/1.0/maps/1');
    expect(resolveUrl('/confluence/rest/x', '/confluence')).toBe('/confluence/rest/x');
    expect(resolveUrl('rest/x', '')).toBe('/rest/x');
    expect(resolveUrl('https://example.com/rest/x', '/c')).toBe('https://example.com/rest/x');
  });

  it('takes the context path from AJS or the meta tag', () => {
    document.head.innerHTML = '<meta name="ajs-context-path" content="/wiki">';
    expect(resolveUrl('/rest/x')).toBe('/wiki/rest/x');
    window.AJS = { contextPath: () => '/confluence' };
    expect(resolveUrl('/rest/x')).toBe('/confluence/rest/x');
  });
});

describe('requestJson', () => {
  it('GETs JSON from the map resource under the context path', async () => {
    window.AJS = { contextPath: () => '/confluence' };
    const fetchMock = vi.fn(async () => new Response('{"id":42,"version":3}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);

    const map = await getMap('/rest/journey-maps/1.0', '42');

    expect(map).toEqual({ id: 42, version: 3 });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/confluence/rest/journey-maps/1.0/maps/42');
    expect(init.method).toBe('GET');
    expect((init.headers as Record<string, string>).Accept).toBe('application/json');
    expect(init.credentials).toBe('same-origin');
  });

  it('sends bodies as JSON with the JSON content type', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);

    await requestJson('POST', '/rest/x', { a: 1 });

    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(init.body).toBe('{"a":1}');
  });

  it('throws HttpError with the error body', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"errors":[{"field":"title"}]}', { status: 400 })));
    await expect(requestJson('GET', '/rest/x')).rejects.toMatchObject({
      status: 400,
      body: { errors: [{ field: 'title' }] },
    });
    await expect(requestJson('GET', '/rest/x')).rejects.toBeInstanceOf(HttpError);
  });
});
