import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main';

/** Runs main() with in-memory streams and returns the exit status and what was written. */
async function run(argv: string[], stdin = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  const status = await main(argv, { stdin: Readable.from([stdin]), stdout, stderr });
  return { status, stdout: out.join(''), stderr: err.join('') };
}

const xmr = {
  chart: 'i',
  values: [10, 12, 11, 9, 10, 11, 10, 12, 9, 11, 10, 11, 15, 16, 14, 15, 17, 16, 15, 16],
  improvement: 'increase',
};
const funnel = {
  type: 'ratio',
  units: [
    { id: 'A', observed: 12, expected: 9.4 },
    { id: 'B', observed: 30, expected: 10 },
  ],
};

let dir: string;
const file = async (name: string, text: string) => {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
};
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leerlus-cli-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('leerlus spc', () => {
  it('prints the result of a valid file as one JSON document and exits 0', async () => {
    const res = await run(['spc', '--input', await file('xmr.json', JSON.stringify(xmr))]);
    expect(res.status).toBe(0);
    expect(res.stderr).toBe('');
    expect(res.stdout.endsWith('\n')).toBe(true);
    const result = JSON.parse(res.stdout) as { chart: string; points: unknown[]; variation: string };
    expect(result.chart).toBe('i');
    expect(result.points).toHaveLength(20);
    expect(result.variation).toBe('improvement-high');
  });

  it('reads stdin for --input -', async () => {
    const res = await run(['spc', '--input', '-'], JSON.stringify(xmr));
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ chart: 'i' });
  });

  it('answers an array with an error slot for the invalid request and exits 2', async () => {
    const res = await run(
      ['spc', '--input', '-'],
      JSON.stringify([xmr, { chart: 'u', values: [1, 2] }, xmr]),
    );
    expect(res.status).toBe(2);
    const output = JSON.parse(res.stdout) as unknown[];
    expect(output).toHaveLength(3);
    expect(output[1]).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        issues: [{ path: 'denominators', message: 'required for a u chart' }],
      },
    });
    expect(output[0]).toEqual(output[2]);
  });

  it('exits 0 for an array of valid requests', async () => {
    const res = await run(['spc', '--input', '-'], JSON.stringify([xmr, xmr]));
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toHaveLength(2);
  });

  it('rejects invalid input with one line per problem naming the field, and exits 1', async () => {
    const input = { chart: 'p', values: [3, 'vier', 20], denominators: [10, 10, 10], shape: 'round' };
    const res = await run(['spc', '--input', '-'], JSON.stringify(input));
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    const lines = res.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^values\.1: .*number/),
        expect.stringMatching(/^\(root\): .*shape/),
      ]),
    );
  });

  it.each([
    ['a missing chart type', { values: [1, 2] }, /^chart: /],
    ['a negative count', { chart: 'c', values: [1, -1] }, /^values\.1: a count must not be negative/],
    [
      'denominators of the wrong length',
      { chart: 'p', values: [1, 2], denominators: [5] },
      /^denominators: must have the same length/,
    ],
    ['an excluded index out of range', { chart: 'i', values: [1, 2], exclude: [5] }, /^exclude\.0: /],
  ])('names the field for %s', async (_name, input, line) => {
    const res = await run(['spc', '--input', '-'], JSON.stringify(input));
    expect(res.status).toBe(1);
    expect(res.stderr.trimEnd().split('\n')[0]).toMatch(line);
  });

  it('reports invalid JSON and exits 1', async () => {
    const res = await run(['spc', '--input', await file('broken.json', '{"chart": "i", ')]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/^input: not valid JSON/);
    expect(res.stdout).toBe('');
  });

  it('reports a missing file and exits 1', async () => {
    const missing = join(dir, 'nope.json');
    const res = await run(['spc', '--input', missing]);
    expect(res.status).toBe(1);
    expect(res.stderr).toBe(`input: file not found: ${missing}\n`);
  });
});

describe('leerlus funnel', () => {
  it('computes a funnel plot', async () => {
    const res = await run(['funnel', '--input', '-'], JSON.stringify(funnel));
    expect(res.status).toBe(0);
    const result = JSON.parse(res.stdout) as { target: number; units: { id: string }[] };
    expect(result.target).toBe(1);
    expect(result.units.map((u) => u.id)).toEqual(['A', 'B']);
  });

  it('names the unit field of an invalid funnel request', async () => {
    const res = await run(
      ['funnel', '--input', '-'],
      JSON.stringify({ type: 'ratio', units: [{ id: 'A', observed: 3 }] }),
    );
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/^units\.0\.expected: /m);
  });
});

describe('usage', () => {
  it.each([
    ['no arguments', []],
    ['an unknown command', ['chart', '--input', '-']],
    ['a name inherited from Object', ['toString', '--input', '-']],
    ['a missing --input', ['spc']],
    ['a flag other than --input', ['spc', '--file', 'x.json']],
    ['extra arguments', ['spc', '--input', '-', 'more']],
  ])('prints the usage on stderr and exits 1 for %s', async (_name, argv) => {
    const res = await run(argv);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/^Usage: leerlus <spc\|funnel> --input/);
    expect(res.stdout).toBe('');
  });

  it('prints the usage on stdout and exits 0 for --help', async () => {
    const res = await run(['--help']);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/Exit status: 0 ok, 1 invalid input or usage, 2 some requests/);
  });
});
