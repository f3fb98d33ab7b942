import { computeFunnel } from '@leerlus/domain/funnel/index';
import { computeSpc } from '@leerlus/domain/spc/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { funnelRequest, pRequest, xmrRequest } from './fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const post = (url: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url, payload: payload as object });

describe('POST /api/v1/spc', () => {
  it('answers the contract result for one request, without a session', async () => {
    const res = await post('/api/v1/spc', xmrRequest);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ variation: string; points: { type: string }[] }>();
    expect(body).toEqual(
      JSON.parse(JSON.stringify(computeSpc(xmrRequest as Parameters<typeof computeSpc>[0]))),
    );
    expect(Object.keys(body).sort()).toEqual([
      'assurance',
      'chart',
      'phases',
      'points',
      'variation',
      'warnings',
    ]);
    expect(body.variation).toBe('improvement-high');
    expect(body.points[12]!.type).toBe('improvement');
  });

  it('answers an array of requests in order', async () => {
    const res = await post('/api/v1/spc', [xmrRequest, pRequest]);
    expect(res.statusCode).toBe(200);
    const [first, second] = res.json<{ chart: string }[]>();
    expect([first!.chart, second!.chart]).toEqual(['i', 'p']);
  });

  it('keeps computing the other requests of an array when one is invalid (200 with an error slot)', async () => {
    const res = await post('/api/v1/spc', [xmrRequest, { chart: 'p', values: [1, 2] }, pRequest]);
    expect(res.statusCode).toBe(200);
    const body = res.json<unknown[]>();
    expect(body).toHaveLength(3);
    expect(body[1]).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        issues: [{ path: 'denominators', message: 'required for a p chart' }],
      },
    });
    expect(body[2]).toMatchObject({ chart: 'p' });
  });

  it.each([
    [
      'an unknown field',
      { ...xmrRequest, colour: 'red' },
      [{ path: '(root)', message: expect.stringContaining('colour') }],
    ],
    [
      'an unknown nested field',
      { ...xmrRequest, options: { rules: { sixSigma: true } } },
      [{ path: 'options.rules', message: expect.stringContaining('sixSigma') }],
    ],
    [
      'a wrong type',
      { ...xmrRequest, values: [1, 'twee', 3] },
      [{ path: 'values.1', message: expect.stringContaining('number') }],
    ],
    ['a missing chart type', { values: [1, 2, 3] }, [{ path: 'chart', message: expect.any(String) }]],
    [
      'missing denominators',
      { ...pRequest, denominators: undefined },
      [{ path: 'denominators', message: 'required for a p chart' }],
    ],
    [
      'a numerator above its denominator',
      { ...pRequest, values: [12, 15, 90, 14, 11, 30, 13] },
      [{ path: 'values.2', message: 'numerator 90 exceeds its denominator 80' }],
    ],
    [
      'a phase out of range',
      { ...xmrRequest, phases: [40] },
      [{ path: 'phases.0', message: expect.stringContaining('phase start') }],
    ],
  ])('rejects %s with 400 VALIDATION_FAILED and the field path', async (_name, payload, details) => {
    const res = await post('/api/v1/spc', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'VALIDATION_FAILED', message: 'The request is not valid', details });
  });

  it('lists every problem of a request, not just the first', async () => {
    const res = await post('/api/v1/spc', { chart: 'u', values: [1, -2], extra: 1 });
    expect(
      res
        .json<{ details: { path: string }[] }>()
        .details.map((d) => d.path)
        .sort(),
    ).toEqual(['(root)', 'denominators', 'values.1']);
  });

  it('rejects malformed JSON', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/spc',
      headers: { 'content-type': 'application/json' },
      payload: '{"chart":',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'INVALID_JSON' });
  });

  it.each([
    ['a JSON string', 'application/json', '"i"'],
    ['plain text', 'text/plain', '1\n2'],
  ])('rejects %s (neither a request nor an array) at the root', async (_name, type, payload) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/spc',
      headers: { 'content-type': type },
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: '(root)' }] });
  });
});

describe('POST /api/v1/funnel', () => {
  it('answers the contract result', async () => {
    const res = await post('/api/v1/funnel', funnelRequest);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(
      JSON.parse(JSON.stringify(computeFunnel(funnelRequest as Parameters<typeof computeFunnel>[0]))),
    );
  });

  it('rejects a unit of the wrong kind with the unit field path', async () => {
    const res = await post('/api/v1/funnel', {
      type: 'ratio',
      units: [{ id: 'A', numerator: 3, denominator: 10 }],
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ details: { path: string }[] }>().details.map((d) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'units.0.observed',
        'units.0.expected',
        'units.0.numerator',
        'units.0.denominator',
      ]),
    );
  });

  it('answers arrays with error slots', async () => {
    const res = await post('/api/v1/funnel', [funnelRequest, { type: 'odds', units: [] }]);
    expect(res.statusCode).toBe(200);
    expect(res.json<unknown[]>()[1]).toMatchObject({
      error: { code: 'VALIDATION_FAILED', issues: [{ path: 'type' }] },
    });
  });
});

describe('OpenAPI', () => {
  it('documents the statistics routes with their request and response shapes', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<
        string,
        { post: { description: string; requestBody: unknown; responses: Record<string, unknown> } }
      >;
    }>();
    for (const path of ['/api/v1/spc', '/api/v1/spc/explain', '/api/v1/funnel']) {
      const op = doc.paths[path]!.post;
      expect(op.requestBody).toBeTruthy();
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400']));
    }
    expect(doc.paths['/api/v1/spc']!.post.description).toContain('error');
    expect(doc.paths['/api/v1/spc/explain']!.post.description).toContain('never applied');
  });
});
