import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../http/errors';

/**
 * Uploaded files wait in a temporary directory between upload, preview, validation and commit, and
 * are streamed from there (never held in memory). The file of an import is `<id>`; the rows skipped by
 * a skip-invalid commit are `<id>.skipped.csv`. Files are removed when the import is finished or
 * cancelled, except the skipped rows, which stay downloadable until the server restarts.
 */
export const IMPORT_DIR = join(tmpdir(), 'leerlus-imports');
/** Largest file accepted (bytes). */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;
/** How many bytes of the start of a file are kept for sniffing (encoding, delimiter, format). */
export const HEAD_BYTES = 64 * 1024;

export const uploadPath = (importId: string) => join(IMPORT_DIR, importId);
export const skippedPath = (importId: string) => join(IMPORT_DIR, `${importId}.skipped.csv`);

export interface StoredFile {
  path: string;
  sha256: string;
  size: number;
}

/** Streams a request body to the import's file, hashing it on the way. */
export async function storeUpload(importId: string, body: Readable): Promise<StoredFile> {
  await mkdir(IMPORT_DIR, { recursive: true });
  const path = uploadPath(importId);
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > MAX_IMPORT_BYTES) {
        done(
          new AppError(
            'BODY_TOO_LARGE',
            `The file is larger than ${String(MAX_IMPORT_BYTES / 1024 / 1024)} MB`,
          ),
        );
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, meter, createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  return { path, sha256: hash.digest('hex'), size };
}

/** The first bytes of a stored file. */
export async function readHead(path: string, bytes = HEAD_BYTES): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function fileExists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export const readStream = (path: string) => createReadStream(path, { highWaterMark: 1024 * 1024 });

export async function removeFile(path: string): Promise<void> {
  await rm(path, { force: true });
}
