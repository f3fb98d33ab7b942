import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spcExplainedSchema } from '@leerlus/contracts/spc-explain';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { pRequest, xmrRequest } from './fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const explain = (payload: object, query = '') =>
  t.app.inject({ method: 'POST', url: `/api/v1/spc/explain${query}`, payload });

describe('POST /api/v1/spc/explain', () => {
  it('answers the same result as POST /api/v1/spc plus Dutch explanations by default', async () => {
    const [res, plain] = await Promise.all([
      explain(xmrRequest),
      t.app.inject({ method: 'POST', url: '/api/v1/spc', payload: xmrRequest }),
    ]);
    expect(res.statusCode).toBe(200);
    const body = spcExplainedSchema.parse(res.json());
    expect(body.result).toEqual(plain.json());
    expect(body.explanations.locale).toBe('nl');
    const point12 = body.explanations.points.find((p) => p.index === 12);
    expect(point12?.sentences).toEqual(['10 punten op rij boven het gemiddelde']);
    // Only flagged points are explained.
    const flagged = body.result.points
      .filter((p) => Object.values(p.signals).some(Boolean))
      .map((p) => p.index);
    expect(body.explanations.points.map((p) => p.index)).toEqual(flagged);
  });

  it('suggests a rebase where the sustained shift starts, without applying it', async () => {
    const body = spcExplainedSchema.parse((await explain(xmrRequest, '?locale=en')).json());
    expect(body.explanations.rebase).toEqual({
      index: 12,
      rule: 'shift',
      length: 10,
      side: 'above',
      sentence: 'Consider a new phase from point 13: 10 points in a row above the centre line',
    });
    expect(body.result.phases).toHaveLength(1);
  });

  it('explains why p-chart limits vary, in English on request', async () => {
    const body = spcExplainedSchema.parse((await explain(pRequest, '?locale=en')).json());
    expect(body.explanations.chart[0]).toMatch(/depend on the denominator/);
    expect(body.explanations.phases).toEqual([
      { phase: 0, sentences: ['Trial limits: this phase has fewer than 13 points'] },
    ]);
  });

  it('rejects an unknown locale, an array and invalid requests with 400', async () => {
    expect((await explain(xmrRequest, '?locale=de')).statusCode).toBe(400);
    const array = await explain([xmrRequest]);
    expect(array.statusCode).toBe(400);
    expect(array.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: '(root)' }] });
    const bad = await explain({ ...xmrRequest, values: [1, null, 'x'] });
    expect(bad.json()).toMatchObject({ details: [{ path: 'values.2' }] });
  });
});
