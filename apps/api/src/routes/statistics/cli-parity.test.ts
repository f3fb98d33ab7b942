import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { funnelRequest, pRequest, xmrRequest } from './fixtures';

const BIN = fileURLToPath(new URL('../../../../../packages/cli/bin/leerlus.mjs', import.meta.url));

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `leerlus` command with the request on stdin. */
function runCli(command: 'spc' | 'funnel', input: unknown): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, command, '--input', '-'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(JSON.stringify(input));
  });
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const post = (url: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url, payload: payload as object });

/** The same input through the CLI and the API: identical results, identical problems. */
describe('CLI and API parity', () => {
  it('gives identical spc results for an array with an invalid slot (CLI exit 2, API 200)', async () => {
    const input = [xmrRequest, { ...pRequest, denominators: [1] }, pRequest];
    const [cli, api] = await Promise.all([runCli('spc', input), post('/api/v1/spc', input)]);
    expect(cli.status).toBe(2);
    expect(api.statusCode).toBe(200);
    expect(JSON.parse(cli.stdout)).toEqual(api.json());
  });

  it('reports the same problems with the same paths for an invalid request (CLI exit 1, API 400)', async () => {
    const input = {
      ...pRequest,
      values: [12, 'x', 9, 14, 11, 300, 13],
      colour: 'red',
      options: { centre: 'mode' },
    };
    const [cli, api] = await Promise.all([runCli('spc', input), post('/api/v1/spc', input)]);
    expect(cli.status).toBe(1);
    expect(api.statusCode).toBe(400);
    const details = api.json<{ details: { path: string; message: string }[] }>().details;
    expect(details.length).toBeGreaterThanOrEqual(3);
    expect(cli.stderr.trimEnd().split('\n')).toEqual(details.map((d) => `${d.path}: ${d.message}`));
  });

  it('gives identical funnel results', async () => {
    const [cli, api] = await Promise.all([
      runCli('funnel', funnelRequest),
      post('/api/v1/funnel', funnelRequest),
    ]);
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(api.json());
  });
});
