import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { funnelRequestSchema } from '@leerlus/contracts/funnel';
import { spcRequestSchema } from '@leerlus/contracts/spc';
import { computeFunnel } from '@leerlus/domain/funnel/index';
import { computeSpc } from '@leerlus/domain/spc/index';
import { runCommand, type Outcome } from './run';

/** Each command validates its input with the contract's schema and computes with the engine. */
const COMMANDS = new Map<string, (input: unknown) => Outcome>([
  ['spc', (input) => runCommand({ schema: spcRequestSchema, compute: computeSpc }, input)],
  ['funnel', (input) => runCommand({ schema: funnelRequestSchema, compute: computeFunnel }, input)],
]);

const USAGE = `Usage: leerlus <spc|funnel> --input <file.json | ->

  spc      statistical process control chart (run, i, mr, p, pp, u, up, c)
  funnel   funnel plot (ratio, proportion, rate)

The input is one request or a JSON array of requests (docs/spc-contract.md).
Exit status: 0 ok, 1 invalid input or usage, 2 some requests of an array were invalid.`;

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Runs the CLI and returns the exit status (the caller sets process.exitCode). */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, flag, source, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = name === undefined ? undefined : COMMANDS.get(name);
  if (!command || flag !== '--input' || source === undefined || rest.length > 0) {
    io.stderr.write(`${USAGE}\n`);
    return 1;
  }
  let input: unknown;
  try {
    const text = source === '-' ? await readStream(io.stdin) : await readFile(source, 'utf8');
    input = JSON.parse(text);
  } catch (error) {
    io.stderr.write(`input: ${describe(error, source)}\n`);
    return 1;
  }
  const outcome = command(input);
  switch (outcome.kind) {
    case 'invalid':
      io.stderr.write(outcome.lines.map((l) => `${l}\n`).join(''));
      return 1;
    case 'ok':
    case 'partial':
      io.stdout.write(`${JSON.stringify(outcome.output)}\n`);
      return outcome.kind === 'ok' ? 0 : 2;
  }
}

async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

function describe(error: unknown, source: string): string {
  if (error instanceof SyntaxError) return `not valid JSON (${error.message})`;
  if (error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT')
    return `file not found: ${source}`;
  return error instanceof Error ? error.message : String(error);
}
