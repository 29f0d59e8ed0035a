import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMap, getMapVersion, postOperations } from './maps';
import { createPersona, listPersonas } from './personas';
import { listTemplates } from './templates';

const BASE = '/rest/journey-maps/1.0';

function stubFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const mock = vi.fn(async () => new Response(body === null ? null : JSON.stringify(body), { status, headers }));
  vi.stubGlobal('fetch', mock);
  return mock;
}

function call(mock: ReturnType<typeof stubFetch>, n = 0): [string, RequestInit] {
  return mock.mock.calls[n] as unknown as [string, RequestInit];
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete window.AJS;
});

describe('postOperations', () => {
  const ops = [{ type: 'renameStage' as const, stageId: 'S1', name: 'A' }];

  it('posts the batch as JSON and returns the new version', async () => {
    window.AJS = { contextPath: () => '/confluence' };
    const mock = stubFetch(200, { version: 13, applied: ops });
    const result = await postOperations(BASE, 42, 12, ops);
    expect(result).toEqual({ kind: 'applied', version: 13, applied: ops });
    const [url, init] = call(mock);
    expect(url).toBe('/confluence/rest/journey-maps/1.0/maps/42/operations');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ baseVersion: 12, operations: ops });
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('returns conflicts on 409', async () => {
    const conflict = { operationIndex: 0, element: { type: 'stage', id: 'S1' }, field: 'name', theirs: 'B', yours: 'A', reason: 'changed' };
    stubFetch(409, { currentVersion: 14, conflicts: [conflict] });
    expect(await postOperations(BASE, 42, 12, ops)).toEqual({ kind: 'conflict', currentVersion: 14, conflicts: [conflict] });
  });

  it('returns field errors on 400', async () => {
    stubFetch(400, { status: 400, error: 'invalid_input', message: 'Bad', errors: [{ field: 'operations[0].name', reason: 'too long' }] });
    expect(await postOperations(BASE, 42, 12, ops)).toEqual({ kind: 'invalid', message: 'Bad', errors: [{ field: 'operations[0].name', reason: 'too long' }] });
  });

  it('asks for a retry on 503 with Retry-After and on other server errors', async () => {
    stubFetch(503, { status: 503, message: 'busy' }, { 'Retry-After': '2' });
    expect(await postOperations(BASE, 42, 12, ops)).toEqual({ kind: 'retry', status: 503, retryAfterMs: 2000 });
    stubFetch(502, null);
    expect(await postOperations(BASE, 42, 12, ops)).toEqual({ kind: 'retry', status: 502, retryAfterMs: null });
  });

  it('is refused on 403 and offline when the network fails', async () => {
    stubFetch(403, { status: 403, error: 'forbidden', message: 'No' });
    expect(await postOperations(BASE, 42, 12, ops)).toEqual({ kind: 'refused', status: 403, message: 'No' });
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    expect(await postOperations(BASE, 42, 12, ops)).toEqual({ kind: 'offline' });
  });
});

describe('other clients', () => {
  it('reads the version from the cheap poll', async () => {
    const mock = stubFetch(200, { id: 42, version: 9 });
    expect(await getMapVersion(BASE, '42')).toBe(9);
    expect(call(mock)[0]).toBe('/rest/journey-maps/1.0/maps/42/version');
  });

  it('creates a map from a template', async () => {
    const mock = stubFetch(201, { id: 5, version: 1 });
    await createMap(BASE, { pageId: 100, template: 'saas-onboarding', language: 'ar' });
    const [url, init] = call(mock);
    expect(url).toBe('/rest/journey-maps/1.0/maps');
    expect(JSON.parse(String(init.body))).toEqual({ pageId: 100, template: 'saas-onboarding', language: 'ar' });
  });

  it('lists and creates personas of a space, lists templates by language', async () => {
    const mock = stubFetch(200, []);
    await listPersonas(BASE, 'DS');
    await createPersona(BASE, 'DS', { name: 'Anna', age: 31 });
    await listTemplates(BASE, 'fa');
    expect(call(mock, 0)[0]).toBe('/rest/journey-maps/1.0/spaces/DS/personas');
    expect(call(mock, 1)[1].method).toBe('POST');
    expect(JSON.parse(String(call(mock, 1)[1].body))).toEqual({ name: 'Anna', age: 31 });
    expect(call(mock, 2)[0]).toBe('/rest/journey-maps/1.0/templates?language=fa');
  });
});
