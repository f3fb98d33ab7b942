import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createTestApp, type TestApp } from '../testing/test-app';

/** Production mode: the API also serves the built web app, with the SPA fallback. */
describe('serving the web app', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    t = await createTestApp();
    dist = mkdtempSync(join(tmpdir(), 'leerlus-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Leerlus</title>');
    writeFileSync(join(dist, 'app.js'), 'console.log(1)');
  });
  afterAll(async () => t.close());

  it('serves files, falls back to index.html for app routes, and keeps JSON 404s under /api', async () => {
    const app = await buildApp({
      config: { ...t.config, webDist: dist },
      database: t.database,
      serveWeb: true,
    });
    try {
      const asset = await app.inject({ method: 'GET', url: '/app.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.body).toBe('console.log(1)');
      const page = await app.inject({ method: 'GET', url: '/teams/123' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.body).toContain('<title>Leerlus</title>');
      const api = await app.inject({ method: 'GET', url: '/api/v1/does-not-exist' });
      expect(api.statusCode).toBe(404);
      expect(api.json()).toMatchObject({ code: 'NOT_FOUND' });
      expect((await app.inject({ method: 'POST', url: '/teams' })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('without a build, still answers JSON 404s', async () => {
    const app = await buildApp({
      config: { ...t.config, webDist: join(dist, 'missing') },
      database: t.database,
      serveWeb: true,
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/teams' });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await app.close();
    }
  });
});
