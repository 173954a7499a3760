/**
 * A raw DEFLATE decoder (RFC 1951), for the catalog text the build compresses with zlib
 * (scripts/build/compress-text.js). Small, and quick from a cold start: each Huffman code is
 * one lookup table indexed by the next bits, and the bit buffer is local to the loop. It can
 * stop once enough output exists, so the version most formulas use, first in the stream,
 * decodes from a prefix.
 */

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
/** The order code-length code lengths are sent in (RFC 1951 3.2.7). */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const MAX_BITS = 15;

/** Codes up to this many bits decode with one lookup; longer (rare) ones by counting. */
const FAST_BITS = 10;

/**
 * A canonical Huffman code: how many codes of each length and the symbols in code order (to
 * decode by counting, as zlib's puff does), and a table over the next FAST_BITS bits (the
 * stream sends codes first bit first, so the index is the code reversed): entry =
 * symbol << 4 | length, 0 where the code is longer or missing. Small tables: cheap per block.
 */
interface Code {
  readonly count: Uint16Array;
  readonly symbol: Uint16Array;
  readonly fast: Uint16Array;
}

function code(lengths: ArrayLike<number>, from: number, n: number): Code {
  const count = new Uint16Array(MAX_BITS + 1);
  for (let s = 0; s < n; s++) count[lengths[from + s]]++;
  count[0] = 0;
  const offsets = new Uint16Array(MAX_BITS + 2);
  for (let len = 1; len <= MAX_BITS; len++) offsets[len + 1] = offsets[len] + count[len];
  const symbol = new Uint16Array(n);
  // RFC 1951 3.2.2: the first code of each length.
  const next = new Uint16Array(MAX_BITS + 1);
  for (let len = 1, c = 0; len <= MAX_BITS; len++) next[len] = c = (c + count[len - 1]) << 1;
  const fast = new Uint16Array(1 << FAST_BITS);
  for (let s = 0; s < n; s++) {
    const len = lengths[from + s];
    if (len === 0) continue;
    symbol[offsets[len]++] = s;
    let c = next[len]++;
    if (len > FAST_BITS) continue;
    let reversed = 0;
    for (let b = 0; b < len; b++, c >>= 1) reversed = (reversed << 1) | (c & 1);
    for (let k = reversed; k < fast.length; k += 1 << len) fast[k] = (s << 4) | len;
  }
  return { count, symbol, fast };
}

/** Decodes a code longer than FAST_BITS from the bits at the bottom of `bits`: symbol << 4 | length. */
function slowDecode(c: Code, bits: number): number {
  let value = 0; // the code so far, first bit most significant
  let first = 0; // the first code of the current length
  let index = 0; // where the current length's symbols start
  for (let len = 1; len <= MAX_BITS; len++, bits >>>= 1) {
    value |= bits & 1;
    const count = c.count[len];
    if (value - first < count) return (c.symbol[index + value - first] << 4) | len;
    index += count;
    first = (first + count) << 1;
    value <<= 1;
  }
  throw new Error("inflate: invalid Huffman code");
}

let fixedCodes: readonly [Code, Code] | undefined;

function fixed(): readonly [Code, Code] {
  if (!fixedCodes) {
    const l = new Uint8Array(288);
    l.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
    fixedCodes = [code(l, 0, 288), code(new Uint8Array(30).fill(5), 0, 30)];
  }
  return fixedCodes;
}

/**
 * Where the compressed bits come from: each call the next `chunkBits` (at most 13) bits, least
 * significant first (DEFLATE's order), or null at the end of the stream.
 */
export type ChunkReader = () => number | null;

/** The bytes of `data` as 8-bit chunks. */
export function byteChunks(data: Uint8Array): ChunkReader {
  let at = 0;
  return () => (at < data.length ? data[at++] : null);
}

/**
 * The first `limit` bytes (at least; whole copies) of the `size` bytes that the raw DEFLATE
 * stream in `next` decodes to. Output past `size`, or a stream that ends short, is an error.
 * `window`: the bytes the stream was compressed after (zlib's preset dictionary), which its
 * copies may reach back into.
 */
export function inflate(
  next: ChunkReader,
  chunkBits: number,
  size: number,
  limit = size,
  window: Uint8Array = new Uint8Array(0),
): Uint8Array {
  const start = window.length;
  const out = new Uint8Array(start + size);
  out.set(window);
  let o = start;
  const end = start + size;
  const stop = start + limit;
  let buffer = 0; // bits read but not used, next bit lowest
  let held = 0;
  let missing = 0; // bits the buffer was padded with past the end of the stream
  let read = 0; // bits put in the buffer so far
  /** At least 17 bits in the buffer (at most 16 + 13: no overflow). */
  const fill = (): void => {
    while (held < 17) {
      const chunk = next();
      if (chunk === null) missing += chunkBits;
      buffer |= (chunk ?? 0) << held;
      held += chunkBits;
      read += chunkBits;
    }
  };
  const bits = (count: number): number => {
    if (held < count) fill();
    const value = buffer & ((1 << count) - 1);
    buffer >>>= count;
    held -= count;
    return value;
  };
  const decode = (c: Code): number => {
    if (held < MAX_BITS) fill();
    const entry = c.fast[buffer & ((1 << FAST_BITS) - 1)] || slowDecode(c, buffer);
    const len = entry & 15;
    buffer >>>= len;
    held -= len;
    return entry >>> 4;
  };
  const ended = (): boolean => missing > held;

  let last = 0;
  while (!last && o < stop) {
    last = bits(1);
    const type = bits(2);
    if (type === 3) throw new Error("inflate: invalid block type");
    if (type === 0) {
      // A stored block (zlib writes them for what does not compress): byte-aligned, LEN, ~LEN.
      bits((8 - ((read - held) & 7)) & 7);
      const length = bits(16);
      if ((length ^ 0xffff) !== bits(16)) throw new Error("inflate: invalid stored block length");
      if (o + length > end) throw new Error(`inflate: more than ${size} bytes`);
      for (let k = 0; k < length; k++) out[o++] = bits(8);
      continue;
    }
    let lengths: Code;
    let distances: Code;
    if (type === 1) [lengths, distances] = fixed();
    else {
      const nlen = bits(5) + 257;
      const ndist = bits(5) + 1;
      const ncode = bits(4) + 4;
      const codeLengths = new Uint8Array(19);
      for (let i = 0; i < ncode; i++) codeLengths[CODE_LENGTH_ORDER[i]] = bits(3);
      const lengthsCode = code(codeLengths, 0, 19);
      const all = new Uint8Array(nlen + ndist);
      for (let i = 0; i < all.length;) {
        const sym = decode(lengthsCode);
        if (sym < 16) {
          all[i++] = sym;
          continue;
        }
        const value = sym === 16 ? (i > 0 ? all[i - 1] : -1) : 0;
        const repeat = sym === 16 ? 3 + bits(2) : sym === 17 ? 3 + bits(3) : 11 + bits(7);
        if (value < 0 || i + repeat > all.length) throw new Error("inflate: invalid code lengths");
        all.fill(value, i, i + repeat);
        i += repeat;
      }
      lengths = code(all, 0, nlen);
      distances = code(all, nlen, ndist);
    }
    for (;;) {
      const sym = decode(lengths);
      if (sym < 256) {
        if (o >= end) throw new Error(`inflate: more than ${size} bytes`);
        out[o++] = sym;
      } else if (sym === 256) {
        break;
      } else {
        const l = sym - 257;
        if (l >= 29) throw new Error("inflate: invalid length code");
        const length = LENGTH_BASE[l] + bits(LENGTH_EXTRA[l]);
        const d = decode(distances);
        if (d >= 30) throw new Error("inflate: invalid distance code");
        const from = o - DISTANCE_BASE[d] - bits(DISTANCE_EXTRA[d]);
        if (from < 0 || o + length > end) throw new Error(`inflate: a copy outside the ${size} bytes`);
        // A copy that overlaps what it writes (a repeated run) goes one byte at a time.
        if (o - from >= length) out.copyWithin(o, from, from + length);
        else for (let k = 0; k < length; k++) out[o + k] = out[from + k];
        o += length;
      }
      if (o >= stop) break;
    }
    if (ended()) throw new Error("inflate: the stream ended inside a block");
  }
  if (o < stop) throw new Error(`inflate: ended after ${o - start} of ${size} bytes`);
  return start ? out.subarray(start) : out;
}
