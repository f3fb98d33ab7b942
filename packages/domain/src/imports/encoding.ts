/**
 * Encoding detection on the first bytes of a file: UTF-8 with a byte-order mark, valid UTF-8, or
 * else Windows-1252 (what Excel on Dutch Windows writes as "CSV"). UTF-16/32 and binary files (NUL
 * bytes) are refused: they are not text this pipeline reads.
 */
export const ENCODINGS = ['utf-8', 'utf-8-bom', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export type EncodingDetection =
  { ok: true; encoding: Encoding } | { ok: false; reason: 'unsupported-encoding' };

/**
 * `sample` is the file's first bytes (64 KiB is plenty). `complete` says whether the sample is the
 * whole file; if not, a multi-byte character cut at its end is not held against UTF-8.
 */
export function detectEncoding(sample: Uint8Array, complete = false): EncodingDetection {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf)
    return { ok: true, encoding: 'utf-8-bom' };
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff))
    return { ok: false, reason: 'unsupported-encoding' };
  if (sample.includes(0)) return { ok: false, reason: 'unsupported-encoding' };
  return { ok: true, encoding: isUtf8(sample, complete) ? 'utf-8' : 'windows-1252' };
}

/** True when the bytes are well-formed UTF-8 (a truncated last character counts when not `complete`). */
export function isUtf8(bytes: Uint8Array, complete: boolean): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return false;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return !complete;
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}
