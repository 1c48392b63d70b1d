/**
 * Raw DEFLATE with a hard output limit. The reader is given one of these: the pure-JS one below
 * works in the browser and in Node; the command line passes Node's native zlib (src/cli/node-inflate.ts),
 * about five times faster on a batch.
 */
import { Inflate } from "fflate";

/** Thrown when the output would exceed the limit; the caller says "压缩炸弹". */
export class InflateLimitError extends Error {
  constructor() {
    super("inflated output exceeds the limit");
    this.name = "InflateLimitError";
  }
}

/**
 * Inflates `data`; throws InflateLimitError once the output passes `limit` bytes, any other error
 * for corrupt data.
 */
export type InflateRaw = (data: Uint8Array, limit: number) => Uint8Array;

/**
 * DEFLATE expands at most ~1032×, so feeding the input in 16 KB slices bounds what one step can
 * produce to ~17 MB before the limit is checked again: a bomb is stopped early, not inflated whole.
 */
const SLICE = 16 * 1024;

export const inflateRawPortable: InflateRaw = (data, limit) => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) over = true;
    else chunks.push(chunk);
  });
  for (let p = 0; p < data.length || p === 0; p += SLICE) {
    const end = Math.min(p + SLICE, data.length);
    inflater.push(data.subarray(p, end), end === data.length);
    if (over) throw new InflateLimitError();
    if (end === data.length) break;
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
