/**
 * Decoder of the compact text the bundles carry the catalog versions in (made at build time by
 * scripts/build/compress-text.js from the JSON files, which stay the reviewed source).
 *
 * Format: the UTF-8 bytes of the text, compressed with raw DEFLATE (src/catalog/inflate.ts
 * decodes it); the compressed bits, least significant first, in groups of 13, each group
 * written as 2 characters of ALPHABET (value = first + 91 × second), the last group padded
 * with zero bits. ALPHABET is printable ASCII but the quotes, the backslash and the backtick:
 * one byte per character in the bundle, and no escapes.
 */
import { inflate, type ChunkReader } from "./inflate";

const ALPHABET_SIZE = 91;
const GROUP_BITS = 13;
/** Each character's value in the alphabet (printable ASCII from 32, skipping " ' \ `). */
const VALUE = new Uint8Array(128);
for (let code = 32, v = 0; code < 127; code++) if (!"\"'\\`".includes(String.fromCharCode(code))) VALUE[code] = v++;
/** String.fromCharCode takes the decoded code units in slices of this many. */
const SLICE = 8192;

/** The bits that `packed` holds, 13 at a time (as inflate reads them, only as far as it needs). */
export function textChunks(packed: string): ChunkReader {
  let at = 0;
  return () => {
    if (at + 1 >= packed.length) return null;
    const chunk = VALUE[packed.charCodeAt(at)] + ALPHABET_SIZE * VALUE[packed.charCodeAt(at + 1)];
    at += 2;
    return chunk;
  };
}

/**
 * The text of the UTF-8 `bytes` from `start` to `end` (the build wrote them: well-formed),
 * decoded by the language's own functions, not byte by byte in script (cold start): the bytes
 * as Latin-1 characters, escape() writes those over 0x7F as %XX, decodeURIComponent reads UTF-8.
 */
export function utf8Text(bytes: Uint8Array, start: number, end: number): string {
  let latin1 = "";
  for (let at = start; at < end; at += SLICE)
    latin1 += String.fromCharCode.apply(null, bytes.subarray(at, Math.min(end, at + SLICE)) as unknown as number[]);
  return decodeURIComponent(escape(latin1));
}

/** The whole text that `packed` encodes, `byteLength` UTF-8 bytes long. */
export function decompressText(packed: string, byteLength: number): string {
  return utf8Text(inflate(textChunks(packed), GROUP_BITS, byteLength), 0, byteLength);
}

/**
 * The UTF-8 bytes of `packed` up to a given end, decoded on the first request that needs
 * them: up to the first end asked for, then (any request further) all of them, so no byte is
 * decoded more than twice.
 */
export function lazyBytes(packed: string, byteLength: number): (end: number) => Uint8Array {
  let bytes: Uint8Array | undefined;
  let decodedTo = 0;
  return (end) => {
    if (!bytes || end > decodedTo) {
      decodedTo = bytes ? byteLength : end;
      bytes = inflate(textChunks(packed), GROUP_BITS, byteLength, decodedTo);
    }
    return bytes;
  };
}
