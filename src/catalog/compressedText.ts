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

export const ALPHABET_SIZE = 91;
const GROUP_BITS = 13;
/** Each character's value in the alphabet (printable ASCII from 32, skipping " ' \ `). */
export const ALPHABET_VALUE = new Uint8Array(128);
for (let code = 32, v = 0; code < 127; code++)
  if (!"\"'\\`".includes(String.fromCharCode(code))) ALPHABET_VALUE[code] = v++;
/** String.fromCharCode takes the decoded code units in slices of this many. */
const SLICE = 8192;

/** The bits that `packed` holds, 13 at a time (as inflate reads them, only as far as it needs). */
export function textChunks(packed: string): ChunkReader {
  let at = 0;
  return () => {
    if (at + 1 >= packed.length) return null;
    const chunk = ALPHABET_VALUE[packed.charCodeAt(at)] + ALPHABET_SIZE * ALPHABET_VALUE[packed.charCodeAt(at + 1)];
    at += 2;
    return chunk;
  };
}

/** The code units `units[start..end)` as a string, by String.fromCharCode in slices (native, not unit by unit). */
export function codeUnitsText(units: Uint8Array | Uint16Array, start: number, end: number): string {
  let text = "";
  for (let at = start; at < end; at += SLICE)
    text += String.fromCharCode.apply(null, units.subarray(at, Math.min(end, at + SLICE)) as unknown as number[]);
  return text;
}

/**
 * The text of the UTF-8 `bytes` from `start` to `end` (the build wrote them: well-formed),
 * decoded by the language's own functions, not byte by byte in script (cold start): the bytes
 * as Latin-1 characters, escape() writes those over 0x7F as %XX, decodeURIComponent reads UTF-8.
 */
export function utf8Text(bytes: Uint8Array, start: number, end: number): string {
  return decodeURIComponent(escape(codeUnitsText(bytes, start, end)));
}

/** The UTF-8 bytes of `text` (encodeURIComponent writes them as %XX, unescape as Latin-1). */
export function utf8Bytes(text: string): Uint8Array {
  const latin1 = unescape(encodeURIComponent(text));
  const bytes = new Uint8Array(latin1.length);
  for (let i = 0; i < latin1.length; i++) bytes[i] = latin1.charCodeAt(i);
  return bytes;
}

/** The whole text that `packed` encodes, `byteLength` UTF-8 bytes long. */
export function decompressText(packed: string, byteLength: number): string {
  return utf8Text(inflate(textChunks(packed), GROUP_BITS, byteLength), 0, byteLength);
}

/**
 * The UTF-8 bytes of `packed` up to a given end, decoded on the first request that needs
 * them: up to the first end asked for, then (any request further) all of them, so no byte is
 * decoded more than twice. `window`: the bytes the stream was compressed after (zlib's preset
 * dictionary), asked for once, when decoding first starts.
 */
export function lazyBytes(
  packed: string,
  byteLength: number,
  window: () => Uint8Array = () => new Uint8Array(0),
): (end: number) => Uint8Array {
  let bytes: Uint8Array | undefined;
  let windowBytes: Uint8Array | undefined;
  let decodedTo = 0;
  return (end) => {
    if (!bytes || end > decodedTo) {
      decodedTo = bytes ? byteLength : end;
      bytes = inflate(textChunks(packed), GROUP_BITS, byteLength, decodedTo, (windowBytes ??= window()));
    }
    return bytes;
  };
}
