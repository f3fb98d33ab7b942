import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = 'packages/cli/bin/leerlus.mjs';

/** The real executable, as `npx leerlus` runs it: a node process whose exit status the shell sees. */
const leerlus = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });

describe('bin/leerlus.mjs', () => {
  it('exits 0 with the result on stdout for a valid request', () => {
    const res = leerlus(
      ['spc', '--input', '-'],
      JSON.stringify({ chart: 'run', values: [3, 4, 5, 4, 3, 4, 5, 6] }),
    );
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ chart: 'run', variation: 'common' });
  });

  it('exits 1 with one line per problem on stderr for an invalid request', () => {
    const res = leerlus(['spc', '--input', '-'], JSON.stringify({ chart: 'i', values: ['a', 'b'] }));
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr.trimEnd().split('\n')).toEqual([
      'values.0: Invalid input: expected number, received string',
      'values.1: Invalid input: expected number, received string',
    ]);
  });

  it('exits 2 when a request of an array is invalid', () => {
    const res = leerlus(
      ['spc', '--input', '-'],
      JSON.stringify([{ chart: 'c', values: [1, 2, 3] }, { chart: 'c' }]),
    );
    expect(res.status).toBe(2);
    expect(JSON.parse(res.stdout)).toHaveLength(2);
  });

  it('exits 1 with the usage for a missing file and bad arguments', () => {
    expect(leerlus(['spc', '--input', 'no/such/file.json']).status).toBe(1);
    const usage = leerlus([]);
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/^Usage: leerlus/);
  });
});
