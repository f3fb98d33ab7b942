import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from '../testing/factories';
import { loginAs } from '../testing/login';
import { createTestApp, type TestApp } from '../testing/test-app';
import { CALLERS, ROWS, type Caller, type MatrixContext, type MatrixRow } from './access-matrix.table';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/**
 * Every METHOD + path of the app under /api/v1, read from Fastify's route tree (so routes without an
 * OpenAPI schema are included too). HEAD routes are Fastify's automatic twins of GET routes.
 */
function registeredRoutes(): string[] {
  const tree = t.app.printRoutes({ commonPrefix: false });
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    // A node is `<indent>├── <segment> (<METHODS>)`; prefix-only nodes have no methods.
    const match = /^((?:│ {3}| {4})*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    const path = `${stack[depth - 1] ?? ''}${match[2]!}`;
    stack.push(path);
    for (const method of match[3]?.split(', ') ?? [])
      if (method !== 'HEAD' && path.startsWith('/api/v1/')) routes.push(`${method} ${path}`);
  }
  return routes.sort();
}

async function statusFor(row: MatrixRow, world: MatrixContext['world'], caller: Caller): Promise<number> {
  const user = caller === 'anonymous' ? world.users.viewer : world.users[caller];
  const client = caller === 'anonymous' ? null : await loginAs(t.app, user);
  const { url, payload } = await row.request({ t, world, caller, user, client });
  const options = { method: row.method, url, ...(payload === undefined ? {} : { payload }) };
  const res = client ? await client.request(options) : await t.app.inject(options);
  return res.statusCode;
}

describe('access matrix: every route × every role', () => {
  it('has exactly one row for every /api/v1 route of the app', () => {
    const table = ROWS.map((r) => `${r.method} ${r.route}`).sort();
    expect(new Set(table).size).toBe(table.length);
    expect(table).toEqual(registeredRoutes());
  });

  it.each(ROWS.map((row) => [`${row.method} ${row.route}`, row] as const))('%s', async (_name, row) => {
    const world = await createWorld(t.db);
    const actual = {} as Record<Caller, number>;
    for (const caller of CALLERS) actual[caller] = await statusFor(row, world, caller);
    expect(actual).toEqual(row.expect);
  });
});
