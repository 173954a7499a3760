/**
 * Decoder of the compact text the bundles carry the catalog versions in (made at build time by
 * scripts/build/compress-text.js from the JSON files, which stay the reviewed source).
 *
 * Format (LZ77, itself text): every character stands for itself, except the mark "`":
 * "``" is one "`", and "`" + 4 digits of DIGITS is a copy of earlier output, 3 digits the
 * distance back (base 64, most significant first), 1 digit the length minus MIN_MATCH.
 */
const MARK = 96; // "`"
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const MIN_MATCH = 3;
/** String.fromCharCode takes the decoded code units in slices of this many. */
const SLICE = 8192;

const digitValues = new Uint8Array(128);
for (let i = 0; i < DIGITS.length; i++) digitValues[DIGITS.charCodeAt(i)] = i;

/** The text of `length` UTF-16 code units that `packed` encodes (decoded in a typed array: fast). */
export function decompressText(packed: string, length: number): string {
  const out = new Uint16Array(length);
  let o = 0;
  for (let i = 0; i < packed.length;) {
    const code = packed.charCodeAt(i);
    if (code !== MARK) {
      out[o++] = code;
      i++;
    } else if (packed.charCodeAt(i + 1) === MARK) {
      out[o++] = MARK;
      i += 2;
    } else {
      const v = (k: number): number => digitValues[packed.charCodeAt(i + k)];
      const distance = (v(1) << 12) | (v(2) << 6) | v(3);
      // Copied one unit at a time: a copy may overlap what it writes (a repeated run).
      for (let from = o - distance, end = from + v(4) + MIN_MATCH; from < end; from++) out[o++] = out[from];
      i += 5;
    }
  }
  if (o !== length) throw new Error(`compressed text decoded to ${o} code units, expected ${length}`);
  let text = "";
  for (let at = 0; at < length; at += SLICE) text += String.fromCharCode(...out.subarray(at, at + SLICE));
  return text;
}
